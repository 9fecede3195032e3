namespace Routing.Grains.Interfaces.Events;

/// <summary>An agent transferred the conversation.</summary>
public sealed record ConversationTransferred(string ConversationId, DateTimeOffset At, string FromAgentId, string? ToQueueId, string? ToAgentId, string? Note) : ConversationEvent(ConversationId, At);
