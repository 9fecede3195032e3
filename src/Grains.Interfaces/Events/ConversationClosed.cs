namespace Routing.Grains.Interfaces.Events;

/// <summary>The conversation closed.</summary>
public sealed record ConversationClosed(string ConversationId, DateTimeOffset At, string? AgentId, TimeSpan? HandleTime) : ConversationEvent(ConversationId, At);
