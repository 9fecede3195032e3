using Routing.Grains.Interfaces.Model;

namespace Routing.Gateway.Contracts;

/// <summary>A channel frontend starts a conversation (<c>POST /api/v1/conversations</c>).</summary>
/// <param name="CustomerId">The customer's id in the tenant (required).</param>
/// <param name="Channel">Where the customer is (required).</param>
/// <param name="FirstMessage">The customer's first message, 1-4,000 characters.</param>
/// <param name="OrderId">The order it is about.</param>
/// <param name="Tier">The customer's tier as the channel knows it. Default regular.</param>
/// <param name="Locale">The customer's locale, such as <c>zh-CN</c>.</param>
/// <param name="Urgent">Marked urgent by the channel.</param>
/// <param name="Intent">The intent, if the channel knows it.</param>
/// <param name="Metadata">The channel's own facts: at most 20 pairs, keys 1-64 characters, values up to 500.</param>
public sealed record StartConversationRequest(
    string? CustomerId,
    Channel? Channel,
    string? FirstMessage = null,
    string? OrderId = null,
    CustomerTier? Tier = null,
    string? Locale = null,
    bool? Urgent = null,
    Intent? Intent = null,
    IReadOnlyDictionary<string, string>? Metadata = null);
