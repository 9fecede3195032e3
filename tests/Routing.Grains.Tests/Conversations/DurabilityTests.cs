using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Tests.Infrastructure;

namespace Routing.Grains.Tests.Conversations;

/// <summary>With PostgreSQL, what a caller was told survives a silo restart.</summary>
public sealed class DurabilityTests
{
    [Fact]
    public async Task Restart_OnPostgreSql_QueuedAndAssignedConversationsSurvive()
    {
        await using var harness = await RoutingHarness.StartOnPostgreSqlAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        var console = await harness.AddAgentAsync("a1", "general", capacity: 1);
        await harness.QueueConversationAsync("served", "q", customerId: "s");
        await harness.Agent("a1").Accept((await console.NextOfferAsync("served")).Offer.OfferId);
        await harness.WaitForAsync("served", "ConversationAssigned");
        var queued = await harness.QueueConversationAsync("waiting", "q", customerId: "w");
        Assert.Equal(EnqueueOutcome.Queued, queued.Outcome);

        await harness.RestartAsync();

        var served = await harness.Conversation("served").GetView();
        Assert.Equal(ConversationStatus.Assigned, served.Status);
        Assert.Equal("a1", served.AgentId);
        Assert.Equal(ConversationStatus.Queued, (await harness.Conversation("waiting").GetView()).Status);
        Assert.Equal(["waiting"], (await harness.Queue("q").GetSnapshot()).WaitingConversationIds);
        Assert.Equal(["served"], (await harness.Agent("a1").GetView()).Assignments);

        // And routing goes on: the agent closes, the waiting conversation gets the slot.
        var console2 = new AgentConsole();
        await harness.Agent("a1").Subscribe(harness.Grains.CreateObjectReference<Interfaces.Agents.IAgentObserver>(console2));
        await harness.Conversation("served").Close("a1");
        Assert.Equal("waiting", (await console2.NextOfferAsync("after the restart")).Offer.ConversationId);
        GC.KeepAlive(console2);
    }
}
