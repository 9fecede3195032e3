namespace Routing.Grains.Interfaces.Events;

/// <summary>The agent rejected the offer.</summary>
public sealed record OfferRejected(string ConversationId, DateTimeOffset At, string OfferId, string AgentId) : ConversationEvent(ConversationId, At);
