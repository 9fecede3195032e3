using Routing.Grains.Interfaces.Model;
using Routing.Runtime;

namespace Routing.Grains.Interfaces.Customers;

/// <summary>A customer of a tenant (key <c>tenant/customer</c>): tier, preferred or last agent, recent conversations.</summary>
public interface ICustomerProfileGrain : IGrainWithStringKey
{
    /// <summary>The profile.</summary>
    [ReadOnly]
    Task<CustomerProfile> GetProfile();

    /// <summary>Records a new conversation and raises the stored tier if the channel reports a higher one; returns the profile.</summary>
    Task<CustomerProfile> RecordConversation(string conversationId, CustomerTier reportedTier);

    /// <summary>Remembers the agent who served the customer last.</summary>
    [OneWay]
    Task OnServedBy(string agentId);

    /// <summary>Sets the preferred agent (null clears it).</summary>
    Task SetPreferredAgent(string? agentId);
}
