using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Routing.Gateway.Authentication;
using Routing.Gateway.Contracts;
using Routing.Gateway.Push;
using Routing.Gateway.Services;

namespace Routing.Gateway.Hubs;

/// <summary><c>/hubs/supervisor</c>: a supervisor's live view of its tenant's queues and agents.</summary>
[Authorize(Policy = GatewayPolicies.Supervisor)]
public sealed class SupervisorHub(SupervisorStatsBroadcaster broadcaster, TenantStatsReader stats, HubConnectionTracker tracker) : Hub<ISupervisorClient>
{
    /// <inheritdoc />
    public override async Task OnConnectedAsync()
    {
        tracker.Add(Context, "supervisor");
        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Tenant(TenantId));
        broadcaster.Watch(TenantId);
        await Clients.Caller.Stats(await stats.ReadAsync(TenantId));
    }

    /// <inheritdoc />
    public override Task OnDisconnectedAsync(Exception? exception)
    {
        tracker.Remove(Context, "supervisor");
        broadcaster.Unwatch(TenantId);
        return Task.CompletedTask;
    }

    /// <summary>The figures now.</summary>
    public Task<SupervisorStatsDto> GetStats() => stats.ReadAsync(TenantId);

    private string TenantId => Context.User!.TenantId();
}
