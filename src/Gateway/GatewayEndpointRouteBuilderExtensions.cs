using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Routing.Gateway.Api;
using Routing.Gateway.Authentication;
using Routing.Gateway.Hubs;

namespace Routing.Gateway;

/// <summary>Maps the gateway's endpoints.</summary>
public static class GatewayEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the REST API under <c>/api/v1</c>, the OpenAPI document at <c>/openapi/v1.json</c>, the hubs under
    /// <c>/hubs</c>, <c>/health/live</c> (the process answers), <c>/health/ready</c> (a grain call round-trips and
    /// storage answers) and a root document that lists them.
    /// </summary>
    public static IEndpointRouteBuilder MapRoutingGateway(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(GatewayServiceCollectionExtensions.ReadyTag) });
        endpoints.MapOpenApi();
        endpoints.MapGet("/", () => TypedResults.Ok(new ServiceDescription(
            "Routing: customer-service routing and queueing server",
            ["/api/v1", "/openapi/v1.json", "/hubs/customer", "/hubs/agent", "/hubs/supervisor", "/health/live", "/health/ready"])))
            .ExcludeFromDescription();

        var api = endpoints.MapGroup("/api/v1");
        api.MapAuthEndpoints();
        api.MapConversationEndpoints();
        api.MapAgentEndpoints();
        api.MapSupervisorEndpoints();
        api.MapGroup("/admin").RequireAuthorization(GatewayPolicies.Admin).WithTags("Admin")
            .MapAdminTenantEndpoints()
            .MapAdminRoutingEndpoints();

        endpoints.MapHub<CustomerHub>("/hubs/customer");
        endpoints.MapHub<AgentHub>("/hubs/agent");
        endpoints.MapHub<SupervisorHub>("/hubs/supervisor");
        return endpoints;
    }
}
