namespace Routing.Grains.Interfaces.Events;

/// <summary>The conversation entered a queue.</summary>
public sealed record ConversationQueued(string ConversationId, DateTimeOffset At, string QueueId, int Position) : ConversationEvent(ConversationId, At);
