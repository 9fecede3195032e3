using Routing.Grains.Interfaces.Model;

namespace Routing.Grains.Interfaces.Agents;

/// <summary>An agent's current state, for its console and for supervisors.</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Profile">Its configuration, or null when never configured.</param>
/// <param name="Presence">Its presence.</param>
/// <param name="Offers">Open offers.</param>
/// <param name="Assignments">Assigned conversation ids.</param>
/// <param name="WrapUps">Conversation ids in wrap-up, holding a slot.</param>
/// <param name="FreeSlots">Capacity minus all of the above.</param>
public sealed record AgentView(
    string AgentId,
    AgentProfile? Profile,
    AgentPresence Presence,
    IReadOnlyList<OpenOffer> Offers,
    IReadOnlyList<string> Assignments,
    IReadOnlyList<string> WrapUps,
    int FreeSlots);

/// <summary>An open offer as the agent sees it.</summary>
/// <param name="Offer">The offer.</param>
/// <param name="ExpiresAt">When it expires.</param>
public sealed record OpenOffer(RoutingOffer Offer, DateTimeOffset ExpiresAt);
