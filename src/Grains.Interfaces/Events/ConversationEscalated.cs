namespace Routing.Grains.Interfaces.Events;

/// <summary>An escalation step applied.</summary>
public sealed record ConversationEscalated(string ConversationId, DateTimeOffset At, string QueueId, int StepIndex, string Description) : ConversationEvent(ConversationId, At);
