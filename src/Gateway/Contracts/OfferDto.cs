using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Model;

namespace Routing.Gateway.Contracts;

/// <summary>An open offer as the agent's console shows it: the customer, the intent, why it came to a human, and the transcript so far.</summary>
/// <param name="OfferId">The offer.</param>
/// <param name="ConversationId">The conversation.</param>
/// <param name="QueueId">The queue that made it.</param>
/// <param name="ExpiresAt">When it expires unanswered.</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="Channel">Where the customer is.</param>
/// <param name="Tier">The customer's tier.</param>
/// <param name="Intent">What the customer wants.</param>
/// <param name="Urgent">Marked urgent.</param>
/// <param name="OrderId">The order it is about.</param>
/// <param name="HandoffReason">Why it went to a human.</param>
/// <param name="TransferNote">The note of the last transfer.</param>
/// <param name="Transcript">The latest transcript entries (bot and customer), masked.</param>
public sealed record OfferDto(
    string OfferId,
    string ConversationId,
    string QueueId,
    DateTimeOffset ExpiresAt,
    string CustomerId,
    Channel Channel,
    CustomerTier Tier,
    Intent Intent,
    bool Urgent,
    string? OrderId,
    string? HandoffReason,
    string? TransferNote,
    IReadOnlyList<TranscriptEntryDto> Transcript)
{
    /// <summary>Maps an open offer.</summary>
    public static OfferDto From(OpenOffer open)
    {
        ArgumentNullException.ThrowIfNull(open);
        var offer = open.Offer;
        var context = offer.Context;
        return new(
            offer.OfferId, offer.ConversationId, offer.QueueId, open.ExpiresAt, context.CustomerId, context.Channel, context.Tier,
            context.Intent, context.Urgent, context.OrderId, context.HandoffReason, context.TransferNote,
            [.. context.Transcript.Select(TranscriptEntryDto.From)]);
    }
}
