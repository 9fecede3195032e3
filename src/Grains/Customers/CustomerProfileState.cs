using Routing.Grains.Interfaces.Model;

namespace Routing.Grains.Customers;

/// <summary>A customer's persisted profile.</summary>
public sealed class CustomerProfileState
{
    public CustomerTier Tier { get; set; } = CustomerTier.Regular;

    public string? PreferredAgentId { get; set; }

    public string? LastAgentId { get; set; }

    public List<string> RecentConversationIds { get; set; } = [];
}
