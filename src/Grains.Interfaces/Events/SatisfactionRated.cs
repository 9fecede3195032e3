namespace Routing.Grains.Interfaces.Events;

/// <summary>The customer rated the conversation.</summary>
public sealed record SatisfactionRated(string ConversationId, DateTimeOffset At, int Score) : ConversationEvent(ConversationId, At);
