using Routing.Grains.Interfaces.Customers;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Tests.Infrastructure;

namespace Routing.Grains.Tests.Queues;

public sealed class MatchingTests
{
    [Fact]
    public async Task Offer_OnlyToAgentsWithSkillAtRequiredProficiency()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("tech", "technical", queue => queue with { MinProficiency = 4 }));
        var novice = await harness.AddAgentAsync("novice", "technical", proficiency: 2);
        var other = await harness.AddAgentAsync("other", "logistics", proficiency: 5);
        var expert = await harness.AddAgentAsync("expert", "technical", proficiency: 5);

        await harness.QueueConversationAsync("c1", "tech");

        Assert.Equal("c1", (await expert.NextOfferAsync("the expert")).Offer.ConversationId);
        Assert.False(novice.Offers.Reader.TryRead(out _));
        Assert.False(other.Offers.Reader.TryRead(out _));
    }

    [Fact]
    public async Task LeastBusy_MostFreeCapacityWins_TiesToLongestIdle()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        var busy = await harness.AddAgentAsync("busy", "general", capacity: 3);
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        var idleLonger = await harness.AddAgentAsync("idle-longer", "general", capacity: 2);
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        var idleShorter = await harness.AddAgentAsync("idle-shorter", "general", capacity: 2);

        await harness.QueueConversationAsync("c1", "q", customerId: "1");
        Assert.Equal("c1", (await busy.NextOfferAsync("the agent with 3 free slots")).Offer.ConversationId);
        await harness.QueueConversationAsync("c2", "q", customerId: "2");
        // Now all have 2 free slots: the one idle longest wins the tie.
        Assert.Equal("c2", (await busy.NextOfferAsync("the longest idle of equals")).Offer.ConversationId);
        await harness.QueueConversationAsync("c3", "q", customerId: "3");
        Assert.Equal("c3", (await idleLonger.NextOfferAsync("next longest idle")).Offer.ConversationId);
        Assert.False(idleShorter.Offers.Reader.TryRead(out _));
    }

    [Fact]
    public async Task LongestIdle_IdleTimeWinsOverFreeCapacity()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general", queue => queue with { Strategy = RoutingStrategy.LongestIdle }));
        var early = await harness.AddAgentAsync("early", "general", capacity: 1);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await harness.AddAgentAsync("late-big", "general", capacity: 10);

        await harness.QueueConversationAsync("c1", "q");

        Assert.Equal("c1", (await early.NextOfferAsync("the longest idle")).Offer.ConversationId);
    }

    [Fact]
    public async Task RoundRobin_AgentsTakeTurns()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general", queue => queue with { Strategy = RoutingStrategy.RoundRobin }));
        var a = await harness.AddAgentAsync("a", "general", capacity: 5);
        var b = await harness.AddAgentAsync("b", "general", capacity: 5);

        await harness.QueueConversationAsync("c1", "q", customerId: "1");
        await harness.QueueConversationAsync("c2", "q", customerId: "2");
        await harness.QueueConversationAsync("c3", "q", customerId: "3");

        Assert.Equal("c1", (await a.NextOfferAsync("a first")).Offer.ConversationId);
        Assert.Equal("c2", (await b.NextOfferAsync("then b")).Offer.ConversationId);
        Assert.Equal("c3", (await a.NextOfferAsync("then a again")).Offer.ConversationId);
    }

    [Fact]
    public async Task PreferredAgent_GetsFirstChanceWithinWindow_ThenAnyone()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general", queue => queue with { PreferredAgentWindow = TimeSpan.FromSeconds(30) }));
        var favourite = await harness.AddAgentAsync("favourite", "general", capacity: 1);
        var other = await harness.AddAgentAsync("other", "general", capacity: 3);
        await harness.Grains.GetGrain<ICustomerProfileGrain>(harness.Stream("loyal")).SetPreferredAgent("favourite");

        await harness.QueueConversationAsync("c1", "q", customerId: "loyal");
        Assert.Equal("c1", (await favourite.NextOfferAsync("the preferred agent")).Offer.ConversationId);

        // The favourite is now full: the next conversation of the same customer waits out the window, then goes to another agent.
        await harness.QueueConversationAsync("c2", "q", customerId: "loyal");
        Assert.Equal(ConversationStatus.Queued, (await harness.Conversation("c2").GetView()).Status);
        harness.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal("c2", (await other.NextOfferAsync("anyone after the window")).Offer.ConversationId);
    }

    [Fact]
    public async Task LastAgent_IsPreferredNextTime()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general", queue => queue with { PreferredAgentWindow = TimeSpan.FromSeconds(30) }));
        var first = await harness.AddAgentAsync("first", "general", capacity: 5);
        await harness.QueueConversationAsync("c1", "q", customerId: "returning");
        var offer = await first.NextOfferAsync("c1");
        await harness.Agent("first").Accept(offer.Offer.OfferId);
        await harness.WaitForAsync("c1", "ConversationAssigned");
        var second = await harness.AddAgentAsync("second", "general", capacity: 10);

        await harness.QueueConversationAsync("c2", "q", customerId: "returning");

        Assert.Equal("c2", (await first.NextOfferAsync("the last agent")).Offer.ConversationId);
        Assert.False(second.Offers.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Capacity_NeverExceeded_AssignmentsPlusOffers()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        var console = await harness.AddAgentAsync("a1", "general", capacity: 2);
        for (var i = 0; i < 5; i++)
        {
            await harness.QueueConversationAsync("c" + i, "q", customerId: "cust" + i);
        }

        await console.NextOfferAsync("first");
        await console.NextOfferAsync("second");
        var view = await harness.Agent("a1").GetView();

        Assert.Equal(2, view.Offers.Count);
        Assert.Equal(0, view.FreeSlots);
        Assert.Equal(3, (await harness.Queue("q").GetSnapshot()).Waiting);
        Assert.False(console.Offers.Reader.TryRead(out _));
    }
}
