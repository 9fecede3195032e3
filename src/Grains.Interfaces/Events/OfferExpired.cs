namespace Routing.Grains.Interfaces.Events;

/// <summary>The agent let the offer time out.</summary>
public sealed record OfferExpired(string ConversationId, DateTimeOffset At, string OfferId, string AgentId) : ConversationEvent(ConversationId, At);
