using System.Diagnostics.Metrics;
using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;

namespace Routing.Gateway.Telemetry;

/// <summary>
/// The gateway's meter (<c>Routing.Gateway</c>), exported through OpenTelemetry: conversations started, messages,
/// handoffs by outcome, open hub connections and forwarded pushes. Tags carry channels, senders and outcomes, never ids.
/// </summary>
public sealed class GatewayMetrics : IDisposable
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Routing.Gateway";

    private readonly Meter _meter;
    private readonly Counter<long> _conversationsStarted;
    private readonly Counter<long> _messages;
    private readonly Counter<long> _handoffs;
    private readonly UpDownCounter<long> _connections;
    private readonly Counter<long> _pushes;
    private readonly Counter<long> _pushFailures;

    /// <summary>Creates the instruments on a meter from <paramref name="meters"/>.</summary>
    public GatewayMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _conversationsStarted = _meter.CreateCounter<long>("routing.gateway.conversations.started", "{conversation}", "Conversations started by channel frontends.");
        _messages = _meter.CreateCounter<long>("routing.gateway.messages", "{message}", "Messages received from customers and agents.");
        _handoffs = _meter.CreateCounter<long>("routing.gateway.handoffs", "{handoff}", "Requests for a human, by outcome.");
        _connections = _meter.CreateUpDownCounter<long>("routing.gateway.hub.connections", "{connection}", "Open hub connections, by hub.");
        _pushes = _meter.CreateCounter<long>("routing.gateway.pushes", "{push}", "Grain pushes forwarded to hub connections, by kind.");
        _pushFailures = _meter.CreateCounter<long>("routing.gateway.push.failures", "{push}", "Grain pushes that could not be forwarded.");
    }

    /// <summary>A conversation started.</summary>
    public void ConversationStarted(Channel channel) => _conversationsStarted.Add(1, new KeyValuePair<string, object?>("channel", channel.ToString()));

    /// <summary>A message was received.</summary>
    public void MessageReceived(MessageSender sender) => _messages.Add(1, new KeyValuePair<string, object?>("sender", sender.ToString()));

    /// <summary>A handoff was asked for.</summary>
    public void Handoff(EnqueueOutcome outcome) => _handoffs.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString()));

    /// <summary>A hub connection opened (+1) or closed (-1).</summary>
    public void Connection(string hub, int change) => _connections.Add(change, new KeyValuePair<string, object?>("hub", hub));

    /// <summary>A push was forwarded.</summary>
    public void Pushed(string kind) => _pushes.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>A push could not be forwarded.</summary>
    public void PushFailed(string kind) => _pushFailures.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
