using Routing.Grains.Interfaces.Model;

namespace Routing.Grains.Interfaces.Conversations;

/// <summary>What travels with a conversation to queues and agents: who the customer is, what they want, and what was said.</summary>
/// <param name="ConversationId">The conversation (without the tenant prefix).</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="Channel">Where it came from.</param>
/// <param name="Tier">The customer's tier.</param>
/// <param name="Intent">What the customer wants.</param>
/// <param name="Urgent">Marked urgent by the channel or the bot.</param>
/// <param name="OrderId">The order it is about, if any.</param>
/// <param name="Locale">The customer's locale, if known.</param>
/// <param name="HandoffReason">Why it went to a human (bot handoff reason or "customer request").</param>
/// <param name="TransferNote">The note of the last transfer, if any.</param>
/// <param name="Transcript">The most recent transcript entries.</param>
public sealed record ConversationContext(
    string ConversationId,
    string CustomerId,
    Channel Channel,
    CustomerTier Tier,
    Intent Intent,
    bool Urgent,
    string? OrderId,
    string? Locale,
    string? HandoffReason,
    string? TransferNote,
    IReadOnlyList<TranscriptEntry> Transcript)
{
    /// <summary>The channel's own key/value facts (for example a page or campaign), already masked.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}
