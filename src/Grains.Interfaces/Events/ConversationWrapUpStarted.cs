namespace Routing.Grains.Interfaces.Events;

/// <summary>The agent ended the conversation and started wrap-up.</summary>
public sealed record ConversationWrapUpStarted(string ConversationId, DateTimeOffset At, string AgentId) : ConversationEvent(ConversationId, At);
