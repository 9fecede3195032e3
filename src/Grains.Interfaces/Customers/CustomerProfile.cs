using Routing.Grains.Interfaces.Model;

namespace Routing.Grains.Interfaces.Customers;

/// <summary>A customer's profile.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Tier">The highest tier seen.</param>
/// <param name="PreferredAgentId">The preferred agent, if set.</param>
/// <param name="LastAgentId">The agent who served the customer last.</param>
/// <param name="RecentConversationIds">The most recent conversations, newest first (at most 20).</param>
public sealed record CustomerProfile(string CustomerId, CustomerTier Tier, string? PreferredAgentId, string? LastAgentId, IReadOnlyList<string> RecentConversationIds);
