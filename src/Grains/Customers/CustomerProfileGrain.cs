using Routing.Grains.Interfaces.Customers;
using Routing.Grains.Interfaces.Model;
using Routing.Runtime;

namespace Routing.Grains.Customers;

/// <summary>A customer's profile: the highest tier seen, the preferred and last agent, recent conversations.</summary>
public sealed class CustomerProfileGrain([PersistentState("customer")] IPersistentState<CustomerProfileState> store) : Grain, ICustomerProfileGrain
{
    private const int RecentLimit = 20;

    public Task<CustomerProfile> GetProfile() => Task.FromResult(ToProfile());

    public async Task<CustomerProfile> RecordConversation(string conversationId, CustomerTier reportedTier)
    {
        var state = store.State;
        if (reportedTier > state.Tier && Enum.IsDefined(reportedTier))
        {
            state.Tier = reportedTier;
        }

        state.RecentConversationIds.Remove(conversationId);
        state.RecentConversationIds.Insert(0, conversationId);
        if (state.RecentConversationIds.Count > RecentLimit)
        {
            state.RecentConversationIds.RemoveRange(RecentLimit, state.RecentConversationIds.Count - RecentLimit);
        }

        await store.WriteStateAsync();
        return ToProfile();
    }

    public async Task OnServedBy(string agentId)
    {
        store.State.LastAgentId = agentId;
        await store.WriteStateAsync();
    }

    public async Task SetPreferredAgent(string? agentId)
    {
        store.State.PreferredAgentId = agentId;
        await store.WriteStateAsync();
    }

    private CustomerProfile ToProfile()
    {
        var state = store.State;
        var (_, customerId) = Identifiers.Split(GetPrimaryKeyString());
        return new CustomerProfile(customerId, state.Tier, state.PreferredAgentId, state.LastAgentId, [.. state.RecentConversationIds]);
    }
}
