using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Routing.Gateway.Authentication;
using Routing.Gateway.Errors;
using Routing.Gateway.Health;
using Routing.Gateway.Hubs;
using Routing.Gateway.Push;
using Routing.Gateway.Services;
using Routing.Gateway.Telemetry;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Routing.Gateway.RateLimiting;

namespace Routing.Gateway;

/// <summary>Adds the gateway's services: authentication, authorization, rate limits, problem details, OpenAPI, SignalR and health checks.</summary>
public static class GatewayServiceCollectionExtensions
{
    /// <summary>The health-check tag of checks that decide readiness.</summary>
    public const string ReadyTag = "ready";

    private const string SelectorScheme = "Gateway";

    /// <summary>
    /// Adds the gateway, bound to the <c>Routing:Gateway</c> section. The host must also provide an
    /// <see cref="Runtime.IGrainFactory"/> (a co-hosted silo, or later a cluster client).
    /// </summary>
    public static IServiceCollection AddRoutingGateway(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GatewayOptions>().Bind(configuration.GetSection(GatewayOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidator>();
        services.TryAddTimeProvider();

        services.Configure<JsonOptions>(json => ConfigureJson(json.SerializerOptions));
        services.AddProblemDetails();
        services.AddExceptionHandler<GatewayExceptionHandler>();
        services.AddOpenApi();
        services.AddMemoryCache();
        // Binding failures (malformed JSON, wrong content type) reach the exception handler, which names the problem.
        services.Configure<RouteHandlerOptions>(routing => routing.ThrowOnBadRequest = true);
        services.AddSignalR(hub =>
            {
                hub.MaximumReceiveMessageSize = 64 * 1024;
                hub.AddFilter<HubErrorFilter>();
            })
            .AddJsonProtocol(json => ConfigureJson(json.PayloadSerializerOptions));
        services.AddSingleton<HubErrorFilter>();

        services.AddSingleton<ConversationService>();
        services.AddSingleton<AgentService>();
        services.AddSingleton<HandoffQueueChooser>();
        services.AddSingleton<TenantStatsReader>();
        services.AddSingleton<PushSubscriptions>();
        services.AddHostedService(provider => provider.GetRequiredService<PushSubscriptions>());
        services.AddSingleton<SupervisorStatsBroadcaster>();
        services.AddHostedService(provider => provider.GetRequiredService<SupervisorStatsBroadcaster>());
        services.AddSingleton<HubConnectionTracker>();
        services.AddHostedService(provider => provider.GetRequiredService<HubConnectionTracker>());

        services.AddSingleton<ApiKeyResolver>();
        services.AddSingleton<TokenFactory>();
        AddAuthentication(services);
        services.AddGatewayRateLimiting();

        services.AddRoutingTelemetry(configuration);
        services.AddHealthChecks().AddCheck<RuntimeReadinessCheck>("runtime", tags: [ReadyTag]);
        return services;
    }

    /// <summary>The JSON conventions of the API and the hubs: camelCase, enums as camelCase strings.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(service => service.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    private static void AddAuthentication(IServiceCollection services)
    {
        services.AddAuthentication(SelectorScheme)
            // One default scheme that picks by the credential presented, so every request carries its caller
            // (the rate limiter and the logs need the tenant) whatever endpoint it reaches.
            .AddPolicyScheme(SelectorScheme, "API key, admin key or bearer token", selector => selector.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(GatewaySchemes.ApiKeyHeader) ? GatewaySchemes.ApiKey
                : context.Request.Headers.ContainsKey(GatewaySchemes.AdminKeyHeader) ? GatewaySchemes.AdminKey
                : GatewaySchemes.Bearer)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(GatewaySchemes.ApiKey, null)
            .AddScheme<AuthenticationSchemeOptions, AdminKeyAuthenticationHandler>(GatewaySchemes.AdminKey, null)
            .AddBearerToken(GatewaySchemes.Bearer, bearer => bearer.Events.OnMessageReceived = context =>
            {
                TokenIssuer.ReadHubQueryToken(context.HttpContext, token => context.Token = token);
                return Task.CompletedTask;
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(GatewayPolicies.Channel, policy => policy.AddAuthenticationSchemes(GatewaySchemes.ApiKey).RequireRole(GatewayRoles.Channel))
            .AddPolicy(GatewayPolicies.Customer, policy => policy.AddAuthenticationSchemes(GatewaySchemes.Bearer).RequireRole(GatewayRoles.Customer))
            .AddPolicy(GatewayPolicies.Agent, policy => policy.AddAuthenticationSchemes(GatewaySchemes.Bearer).RequireRole(GatewayRoles.Agent))
            .AddPolicy(GatewayPolicies.Supervisor, policy => policy.AddAuthenticationSchemes(GatewaySchemes.Bearer).RequireRole(GatewayRoles.Supervisor))
            .AddPolicy(GatewayPolicies.Admin, policy => policy.AddAuthenticationSchemes(GatewaySchemes.AdminKey).RequireRole(GatewayRoles.Admin));
    }
}
