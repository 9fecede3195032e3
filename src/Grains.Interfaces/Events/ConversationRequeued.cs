namespace Routing.Grains.Interfaces.Events;

/// <summary>The conversation went back to its queue, keeping its arrival time.</summary>
public sealed record ConversationRequeued(string ConversationId, DateTimeOffset At, string QueueId, string Reason) : ConversationEvent(ConversationId, At);
