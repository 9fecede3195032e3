namespace Routing.Grains.Interfaces.Events;

/// <summary>The customer left while waiting.</summary>
public sealed record ConversationAbandoned(string ConversationId, DateTimeOffset At, string? QueueId) : ConversationEvent(ConversationId, At);
