namespace Routing.Grains.Interfaces.Events;

/// <summary>The agent accepted the offer.</summary>
public sealed record OfferAccepted(string ConversationId, DateTimeOffset At, string OfferId, string AgentId) : ConversationEvent(ConversationId, At);
