using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Model;

namespace Routing.Gateway.Contracts;

/// <summary>An agent's own state (<c>GET /api/v1/agent/me</c>).</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="DisplayName">Its display name.</param>
/// <param name="Presence">Its presence.</param>
/// <param name="Capacity">Concurrent conversations it may hold.</param>
/// <param name="FreeSlots">Capacity minus offers, assignments and wrap-ups.</param>
/// <param name="Skills">Skill → proficiency.</param>
/// <param name="Offers">Open offers.</param>
/// <param name="Assignments">Assigned conversation ids.</param>
/// <param name="WrapUps">Conversation ids in wrap-up.</param>
public sealed record AgentDto(
    string AgentId,
    string? DisplayName,
    AgentPresence Presence,
    int Capacity,
    int FreeSlots,
    IReadOnlyDictionary<string, int> Skills,
    IReadOnlyList<OfferDto> Offers,
    IReadOnlyList<string> Assignments,
    IReadOnlyList<string> WrapUps)
{
    /// <summary>Maps the agent grain's view.</summary>
    public static AgentDto From(AgentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(
            view.AgentId, view.Profile?.DisplayName, view.Presence, view.Profile?.Capacity ?? 0, view.FreeSlots,
            view.Profile?.Skills ?? new Dictionary<string, int>(), [.. view.Offers.Select(OfferDto.From)], view.Assignments, view.WrapUps);
    }
}
