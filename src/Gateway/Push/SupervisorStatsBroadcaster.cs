using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Routing.Gateway.Hubs;
using Routing.Gateway.Services;

namespace Routing.Gateway.Push;

/// <summary>
/// Sends each watched tenant's live figures to its supervisors once a second, only when they changed. Figures are
/// aggregates over every queue and agent grain, so they are read (read-only calls, in parallel) rather than pushed by
/// each grain; conversation and agent events still travel only through observers.
/// </summary>
public sealed class SupervisorStatsBroadcaster(
    TenantStatsReader reader,
    IHubContext<SupervisorHub, ISupervisorClient> supervisors,
    TimeProvider time,
    ILogger<SupervisorStatsBroadcaster> logger) : BackgroundService
{
    /// <summary>How often figures are read while anyone watches.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, WatchedTenant> _watched = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>A supervisor of the tenant connected.</summary>
    public void Watch(string tenantId)
    {
        lock (_lock)
        {
            if (_watched.TryGetValue(tenantId, out var watch))
            {
                watch.Connections++;
            }
            else
            {
                _watched[tenantId] = new WatchedTenant { Connections = 1 };
            }
        }
    }

    /// <summary>A supervisor of the tenant disconnected.</summary>
    public void Unwatch(string tenantId)
    {
        lock (_lock)
        {
            if (_watched.TryGetValue(tenantId, out var watch) && --watch.Connections <= 0)
            {
                _watched.Remove(tenantId);
            }
        }
    }

    /// <summary>Reads and, where changed, sends every watched tenant's figures once (the timer's work).</summary>
    public async Task BroadcastAsync()
    {
        KeyValuePair<string, WatchedTenant>[] watched;
        lock (_lock)
        {
            watched = [.. _watched];
        }

        foreach (var (tenantId, watch) in watched)
        {
            try
            {
                var stats = await reader.ReadAsync(tenantId);
                // Compared without the reading time, which changes every tick.
                var fingerprint = JsonSerializer.Serialize(stats with { At = default });
                if (fingerprint != watch.LastSent)
                {
                    watch.LastSent = fingerprint;
                    await supervisors.Clients.Group(HubGroups.Tenant(tenantId)).Stats(stats);
                }
            }
            catch (Exception exception)
            {
                GatewayLog.StatsFailed(logger, exception, tenantId);
            }
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await BroadcastAsync();
        }
    }

    private sealed class WatchedTenant
    {
        public int Connections { get; set; }

        public string? LastSent { get; set; }
    }
}
