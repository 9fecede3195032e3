using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Routing.Gateway.Telemetry;

namespace Routing.Gateway.Hubs;

/// <summary>
/// Graceful shutdown for hub connections: when the host starts stopping, every open connection is closed with a close
/// message that allows reconnecting, so clients move to another gateway (or this one, restarted) instead of waiting
/// for a timeout.
/// </summary>
public sealed class HubConnectionTracker(IHostApplicationLifetime lifetime, GatewayMetrics metrics, ILogger<HubConnectionTracker> logger) : IHostedService
{
    private readonly ConcurrentDictionary<string, HubCallerContext> _connections = new(StringComparer.Ordinal);
    private CancellationTokenRegistration _stopping;

    /// <summary>Open connections on this gateway.</summary>
    public int Count => _connections.Count;

    /// <summary>Registers an open connection of <paramref name="hub"/>.</summary>
    public void Add(HubCallerContext context, string hub)
    {
        ArgumentNullException.ThrowIfNull(context);
        _connections[context.ConnectionId] = context;
        metrics.Connection(hub, +1);
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            context.Abort();
        }
    }

    /// <summary>Forgets a closed connection of <paramref name="hub"/>.</summary>
    public void Remove(HubCallerContext context, string hub)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_connections.TryRemove(context.ConnectionId, out _))
        {
            metrics.Connection(hub, -1);
        }
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _stopping = lifetime.ApplicationStopping.Register(CloseAll);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Dispose();
        return Task.CompletedTask;
    }

    private void CloseAll()
    {
        GatewayLog.ClosingConnections(logger, _connections.Count);
        foreach (var context in _connections.Values)
        {
            context.Abort();
        }
    }
}
