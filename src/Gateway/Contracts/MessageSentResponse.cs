namespace Routing.Gateway.Contracts;

/// <summary>A stored customer message and the bot's replies to it, if the bot handled it.</summary>
/// <param name="Message">The stored (masked) message.</param>
/// <param name="Replies">The bot's answers, oldest first; empty when no bot answered.</param>
public sealed record MessageSentResponse(TranscriptEntryDto Message, IReadOnlyList<TranscriptEntryDto> Replies);
