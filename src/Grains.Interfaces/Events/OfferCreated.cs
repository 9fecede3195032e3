namespace Routing.Grains.Interfaces.Events;

/// <summary>The conversation was offered to an agent.</summary>
public sealed record OfferCreated(string ConversationId, DateTimeOffset At, string QueueId, string OfferId, string AgentId) : ConversationEvent(ConversationId, At);
