namespace Routing.Grains.Interfaces.Agents;

/// <summary>An offer's end, as the agent grain decided it (it is the only authority over its offers).</summary>
/// <param name="OfferId">The offer.</param>
/// <param name="ConversationId">The conversation.</param>
/// <param name="AgentId">The agent.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="At">When, by the silo clock.</param>
public sealed record OfferResolution(string OfferId, string ConversationId, string AgentId, OfferOutcome Outcome, DateTimeOffset At);
