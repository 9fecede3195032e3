namespace Routing.Grains.Interfaces.Events;

/// <summary>The conversation is assigned to an agent.</summary>
public sealed record ConversationAssigned(string ConversationId, DateTimeOffset At, string AgentId) : ConversationEvent(ConversationId, At);
