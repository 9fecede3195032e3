namespace Routing.Grains.Interfaces.Events;

/// <summary>A transcript entry was stored (its text stays in the transcript, not in events).</summary>
public sealed record MessageAdded(string ConversationId, DateTimeOffset At, int Sequence, Model.MessageSender Sender) : ConversationEvent(ConversationId, At);
