namespace Routing.Gateway.Contracts;

/// <summary>An agent transfers a conversation to exactly one of a queue or an agent.</summary>
/// <param name="QueueId">The target queue.</param>
/// <param name="AgentId">The target agent (falls back to the current queue if that agent cannot take it).</param>
/// <param name="Note">A note for the next agent, up to 1,000 characters.</param>
public sealed record TransferRequest(string? QueueId = null, string? AgentId = null, string? Note = null);
