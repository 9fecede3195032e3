using Microsoft.Extensions.DependencyInjection;
using Routing.Gateway.Health;

namespace Routing.Gateway;

/// <summary>Adds the gateway's services: problem details and health checks.</summary>
public static class GatewayServiceCollectionExtensions
{
    /// <summary>The health-check tag of checks that decide readiness.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Adds the gateway. The host must also provide an <see cref="Runtime.IGrainFactory"/> (a co-hosted silo, or later a cluster client).</summary>
    public static IServiceCollection AddRoutingGateway(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddHealthChecks().AddCheck<RuntimeReadinessCheck>("runtime", tags: [ReadyTag]);
        return services;
    }
}
