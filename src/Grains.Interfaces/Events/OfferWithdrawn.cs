namespace Routing.Grains.Interfaces.Events;

/// <summary>The offer was withdrawn.</summary>
public sealed record OfferWithdrawn(string ConversationId, DateTimeOffset At, string OfferId, string AgentId) : ConversationEvent(ConversationId, At);
