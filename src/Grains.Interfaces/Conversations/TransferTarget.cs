namespace Routing.Grains.Interfaces.Conversations;

/// <summary>Where a transfer goes: exactly one of a queue or an agent.</summary>
/// <param name="QueueId">The target queue.</param>
/// <param name="AgentId">The target agent (offered directly; it falls back to the current queue if the agent cannot take it).</param>
/// <param name="Note">The transferring agent's note; it travels with the context.</param>
public sealed record TransferTarget(string? QueueId, string? AgentId, string? Note);
