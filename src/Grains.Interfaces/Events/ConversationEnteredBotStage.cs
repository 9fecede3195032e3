namespace Routing.Grains.Interfaces.Events;

/// <summary>The bot took the conversation.</summary>
public sealed record ConversationEnteredBotStage(string ConversationId, DateTimeOffset At) : ConversationEvent(ConversationId, At);
