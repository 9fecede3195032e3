namespace Routing.Grains.Interfaces.Events;

/// <summary>The customer chose a callback (or to leave a message).</summary>
public sealed record CallbackChosen(string ConversationId, DateTimeOffset At, bool LeaveMessage) : ConversationEvent(ConversationId, At);
