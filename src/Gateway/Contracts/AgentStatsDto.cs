using Routing.Grains.Interfaces.Model;

namespace Routing.Gateway.Contracts;

/// <summary>One agent's live state for supervisors.</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="DisplayName">Its display name.</param>
/// <param name="Presence">Available, away, offline or not responding.</param>
/// <param name="Offers">Open offers.</param>
/// <param name="Assignments">Conversations being served.</param>
/// <param name="WrapUps">Conversations in wrap-up.</param>
/// <param name="Capacity">Concurrent conversations allowed.</param>
/// <param name="FreeSlots">Capacity not in use.</param>
public sealed record AgentStatsDto(string AgentId, string? DisplayName, AgentPresence Presence, int Offers, int Assignments, int WrapUps, int Capacity, int FreeSlots);
