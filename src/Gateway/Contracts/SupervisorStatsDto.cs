namespace Routing.Gateway.Contracts;

/// <summary>A tenant's live queue and agent figures (supervisor API and hub <c>stats</c>).</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="At">When they were read.</param>
/// <param name="Queues">Per queue.</param>
/// <param name="Agents">Per agent.</param>
/// <param name="AgentsByPresence">How many agents are in each presence.</param>
public sealed record SupervisorStatsDto(
    string TenantId,
    DateTimeOffset At,
    IReadOnlyList<QueueStatsDto> Queues,
    IReadOnlyList<AgentStatsDto> Agents,
    IReadOnlyDictionary<string, int> AgentsByPresence);
