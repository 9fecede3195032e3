using Routing.Grains.Interfaces.Model;

namespace Routing.Grains.Interfaces.Conversations;

/// <summary>Starts a conversation. Idempotent: starting a started conversation with the same customer returns its state.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Channel">Where it comes from.</param>
/// <param name="Tier">The customer's tier as the channel knows it (the customer profile may raise it).</param>
/// <param name="Intent">The intent, if the channel knows it.</param>
/// <param name="Urgent">Marked urgent by the channel.</param>
/// <param name="FirstMessage">The customer's first message, if any.</param>
/// <param name="FirstMessageKey">Its idempotency key.</param>
/// <param name="OrderId">The order it is about, if any.</param>
/// <param name="Locale">The customer's locale, if known.</param>
/// <param name="Metadata">The channel's own key/value facts (masked before they are stored); at most 20.</param>
public sealed record StartConversation(
    string CustomerId,
    Channel Channel,
    CustomerTier Tier = CustomerTier.Regular,
    Intent Intent = Intent.Unknown,
    bool Urgent = false,
    string? FirstMessage = null,
    string? FirstMessageKey = null,
    string? OrderId = null,
    string? Locale = null,
    IReadOnlyDictionary<string, string>? Metadata = null);
