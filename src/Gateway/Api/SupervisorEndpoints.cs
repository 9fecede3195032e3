using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Routing.Gateway.Authentication;
using Routing.Gateway.Contracts;
using Routing.Gateway.Services;

namespace Routing.Gateway.Api;

/// <summary>The supervisor side, <c>/api/v1/supervisor</c>: the tenant's live figures.</summary>
public static class SupervisorEndpoints
{
    /// <summary>Maps the supervisor endpoints.</summary>
    public static RouteGroupBuilder MapSupervisorEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/supervisor/stats", StatsAsync)
            .RequireAuthorization(GatewayPolicies.Supervisor)
            .WithTags("Supervisor")
            .WithName("GetSupervisorStats")
            .WithSummary("Per queue: waiting, longest wait, service level, ASA, abandonment, SLA risk; agents by state.");
        return api;
    }

    private static async Task<Ok<SupervisorStatsDto>> StatsAsync(ClaimsPrincipal user, TenantStatsReader stats)
        => TypedResults.Ok(await stats.ReadAsync(user.TenantId()));
}
