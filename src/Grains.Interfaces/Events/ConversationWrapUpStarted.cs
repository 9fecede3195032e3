namespace Routing.Grains.Interfaces.Events;

/// <summary>The agent ended the conversation and started wrap-up, with its wrap-up code if it gave one.</summary>
public sealed record ConversationWrapUpStarted(string ConversationId, DateTimeOffset At, string AgentId, string? WrapUpCode = null) : ConversationEvent(ConversationId, At);
