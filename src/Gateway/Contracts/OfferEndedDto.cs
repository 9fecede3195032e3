using Routing.Grains.Interfaces.Agents;

namespace Routing.Gateway.Contracts;

/// <summary>An offer ended (agent hub <c>offerEnded</c>).</summary>
/// <param name="OfferId">The offer.</param>
/// <param name="ConversationId">Its conversation.</param>
/// <param name="Outcome">Accepted, rejected, expired or withdrawn.</param>
public sealed record OfferEndedDto(string OfferId, string ConversationId, OfferOutcome Outcome);
