namespace Routing.Grains.Interfaces.Events;

/// <summary>The customer was offered a callback or leave-a-message.</summary>
public sealed record CallbackOffered(string ConversationId, DateTimeOffset At, string QueueId, string Reason) : ConversationEvent(ConversationId, At);
