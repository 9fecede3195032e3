namespace Routing.Grains.Interfaces.Events;

/// <summary>The conversation started.</summary>
public sealed record ConversationStarted(string ConversationId, DateTimeOffset At, string CustomerId, Model.Channel Channel) : ConversationEvent(ConversationId, At);
