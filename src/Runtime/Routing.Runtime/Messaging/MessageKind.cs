namespace Routing.Runtime.Messaging;

/// <summary>What a message asks of its target. Values are part of the (future) wire format: never renumber.</summary>
public enum MessageKind
{
    /// <summary>A call that expects a response.</summary>
    Request = 1,

    /// <summary>A call that expects no response.</summary>
    OneWay = 2,

    /// <summary>A grain timer tick; never leaves its silo.</summary>
    TimerTick = 3,
}
