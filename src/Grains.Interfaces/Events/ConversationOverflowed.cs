namespace Routing.Grains.Interfaces.Events;

/// <summary>The conversation moved to an overflow queue, keeping its arrival time.</summary>
public sealed record ConversationOverflowed(string ConversationId, DateTimeOffset At, string FromQueueId, string ToQueueId) : ConversationEvent(ConversationId, At);
