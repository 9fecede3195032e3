namespace Routing.Grains.Interfaces.Events;

/// <summary>The conversation became a ticket.</summary>
public sealed record ConversationTicketed(string ConversationId, DateTimeOffset At, string Reason) : ConversationEvent(ConversationId, At);
