using Routing.Runtime.Activation;
using Routing.Runtime.Metadata;
using Routing.Runtime.Timers;

namespace Routing.Runtime.Messaging;

/// <summary>
/// One call on its way to a grain activation. The serializable part (correlation id, target, interface, method id,
/// arguments) is what a cluster transport will frame and send; the rest is local bookkeeping.
/// </summary>
internal sealed class Message
{
    public required MessageKind Kind { get; init; }

    /// <summary>Identifies the call for its response and timeout; unique per sending silo.</summary>
    public long CorrelationId { get; init; }

    public required GrainId Target { get; init; }

    /// <summary>The method; a wire format carries its interface name and <see cref="GrainMethodDescriptor.MethodId"/>.</summary>
    public GrainMethodDescriptor? Method { get; init; }

    public object?[] Arguments { get; init; } = [];

    /// <summary>The caller's completion, for requests sent from this silo.</summary>
    public IResponseCompletion? Completion { get; init; }

    /// <summary>When the call was sent, as a <see cref="TimeProvider.GetTimestamp"/> value.</summary>
    public long SentTimestamp { get; init; }

    /// <summary>The timer that produced a <see cref="MessageKind.TimerTick"/>.</summary>
    public IGrainTimerTick? Timer { get; init; }

    /// <summary>How many times the message was forwarded to a new activation (after a deactivation).</summary>
    public int ForwardCount { get; set; }

    /// <summary>The activation running the message; set when it starts.</summary>
    public ActivationData? Activation { get; set; }

    public bool IsReadOnly => Method?.IsReadOnly ?? false;

    public bool IsAlwaysInterleave => Method?.IsAlwaysInterleave ?? false;

    public string Describe() => Kind == MessageKind.TimerTick ? $"timer tick of {Target}" : $"{Method?.Name} on {Target}";
}
