namespace Routing.Grains.Interfaces.Events;

/// <summary>Admission control refused the conversation and offered a callback.</summary>
public sealed record AdmissionRefused(string ConversationId, DateTimeOffset At, string QueueId, string Reason) : ConversationEvent(ConversationId, At);
