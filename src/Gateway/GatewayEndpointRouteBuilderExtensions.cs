using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Routing.Gateway;

/// <summary>Maps the gateway's endpoints.</summary>
public static class GatewayEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>/healthz</c> (liveness: the process answers) and <c>/healthz/ready</c> (readiness: a grain call
    /// round-trips through the runtime), and a root document that lists them.
    /// </summary>
    public static IEndpointRouteBuilder MapRoutingGateway(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(GatewayServiceCollectionExtensions.ReadyTag) });
        endpoints.MapGet("/", () => TypedResults.Ok(new ServiceDescription(
            "Routing: customer-service routing and queueing server",
            ["/healthz", "/healthz/ready"])));
        return endpoints;
    }
}
