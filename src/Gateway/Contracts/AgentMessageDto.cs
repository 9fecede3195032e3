namespace Routing.Gateway.Contracts;

/// <summary>A message of one of the agent's conversations (agent hub <c>message</c>).</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Message">The (masked) entry.</param>
public sealed record AgentMessageDto(string ConversationId, TranscriptEntryDto Message);
