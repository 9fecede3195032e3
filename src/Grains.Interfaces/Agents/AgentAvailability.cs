using Routing.Grains.Interfaces.Model;

namespace Routing.Grains.Interfaces.Agents;

/// <summary>
/// What an agent tells the queues it serves whenever its presence or load changes. A queue uses it to choose whom
/// to offer to; the agent grain stays the authority and re-checks capacity when it is offered a conversation.
/// </summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Skills">Skill → proficiency.</param>
/// <param name="Tier">Regular or senior.</param>
/// <param name="AcceptsOffers">True when the agent is available (not away, offline or not responding).</param>
/// <param name="FreeSlots">Capacity minus assignments, open offers and wrap-ups.</param>
/// <param name="Capacity">The agent's capacity.</param>
/// <param name="IdleSince">When the agent last had no conversation, for longest-idle routing.</param>
/// <param name="Version">Increases with every change, so a queue ignores an update older than one it has.</param>
public sealed record AgentAvailability(
    string AgentId,
    IReadOnlyDictionary<string, int> Skills,
    AgentTier Tier,
    bool AcceptsOffers,
    int FreeSlots,
    int Capacity,
    DateTimeOffset IdleSince,
    long Version);
