using Routing.Grains.Interfaces.Model;
using Routing.Grains.Tests.Infrastructure;

namespace Routing.Grains.Tests.Agents;

public sealed class OfferTests
{
    [Fact]
    public async Task Reject_ConversationKeepsArrivalAndGoesToAnotherAgent()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        var first = await harness.AddAgentAsync("a1", "general", capacity: 1);
        await harness.QueueConversationAsync("c1", "q", customerId: "1");
        var offer = await first.NextOfferAsync("c1 to a1");
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await harness.QueueConversationAsync("c2", "q", customerId: "2");
        var second = await harness.AddAgentAsync("a2", "general", capacity: 1);
        Assert.Equal("c2", (await second.NextOfferAsync("c2 to a2")).Offer.ConversationId);

        Assert.True(await harness.Agent("a1").Reject(offer.Offer.OfferId));

        // c1 is back at the head of the line (it arrived first); a1, who rejected it, gets c... nothing of c1 again.
        await harness.WaitForAsync("c1", "OfferRejected");
        var snapshot = await harness.Queue("q").GetSnapshot();
        Assert.Equal(["c1"], snapshot.WaitingConversationIds);
        Assert.False(first.Offers.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Reject_ByTheOnlyAgent_IsOfferedToThemAgainAfterCooldown_NeverStuck()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        var only = await harness.AddAgentAsync("only", "general");
        await harness.QueueConversationAsync("c1", "q");
        await harness.Agent("only").Reject((await only.NextOfferAsync("first offer")).Offer.OfferId);
        await harness.Silo.WaitForQuiescenceAsync(TimeSpan.FromSeconds(10));
        Assert.False(only.Offers.Reader.TryRead(out _));

        harness.Clock.Advance(Grains.Queues.WaitingEntry.DeclineCooldown);

        Assert.Equal("c1", (await only.NextOfferAsync("the offer after the cooldown")).Offer.ConversationId);
    }

    [Fact]
    public async Task Timeout_AgentBecomesNotRespondingAndConversationIsReoffered()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general", queue => queue with { OfferTimeout = TimeSpan.FromSeconds(20) }));
        var sleepy = await harness.AddAgentAsync("sleepy", "general");
        await harness.QueueConversationAsync("c1", "q");
        var offer = await sleepy.NextOfferAsync("c1");
        var awake = await harness.AddAgentAsync("awake", "general");

        harness.Clock.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal("c1", (await awake.NextOfferAsync("the re-offer")).Offer.ConversationId);
        Assert.Equal(AgentPresence.NotResponding, (await harness.Agent("sleepy").GetView()).Presence);
        Assert.False(await harness.Agent("sleepy").Accept(offer.Offer.OfferId));
        await harness.WaitForAsync("c1", "OfferExpired");
    }

    [Fact]
    public async Task NotResponding_GetsNoOffersUntilAvailableAgain()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        var console = await harness.AddAgentAsync("a1", "general");
        await harness.QueueConversationAsync("c1", "q", customerId: "1");
        await console.NextOfferAsync("c1");
        harness.Clock.Advance(TimeSpan.FromSeconds(20));
        await harness.WaitForAsync("c1", "OfferExpired");
        await harness.QueueConversationAsync("c2", "q", customerId: "2");
        Assert.Equal(2, (await harness.Queue("q").GetSnapshot()).Waiting);

        await harness.Agent("a1").SetPresence(AgentPresence.Available);

        // c1 was declined by a1 (it let the offer expire), so a1 gets c2.
        Assert.Equal("c2", (await console.NextOfferAsync("after coming back")).Offer.ConversationId);
    }

    [Fact]
    public async Task Accept_ExpiredOffer_IsRefusedEvenBeforeTimerRuns()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        var console = await harness.AddAgentAsync("a1", "general");
        await harness.QueueConversationAsync("c1", "q");
        var offer = await console.NextOfferAsync("c1");

        Assert.False(await harness.Agent("a1").Accept("no-such-offer"));
        harness.Clock.Advance(TimeSpan.FromSeconds(25));
        Assert.False(await harness.Agent("a1").Accept(offer.Offer.OfferId));
    }

    [Fact]
    public async Task Abandon_WhileOffered_WithdrawsOfferAndFreesSlot()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        var console = await harness.AddAgentAsync("a1", "general", capacity: 1);
        await harness.QueueConversationAsync("c1", "q");
        var offer = await console.NextOfferAsync("c1");

        var view = await harness.Conversation("c1").Abandon();

        Assert.Equal(ConversationStatus.Abandoned, view.Status);
        Assert.False(await harness.Agent("a1").Accept(offer.Offer.OfferId));
        Assert.Equal(1, (await harness.Agent("a1").GetView()).FreeSlots);
        Assert.Equal(1, (await harness.Queue("q").GetSnapshot()).Abandoned);
    }

    [Fact]
    public async Task Offline_AgentWithAssignment_ConversationRequeuedKeepingArrival()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        var leaving = await harness.AddAgentAsync("leaving", "general");
        await harness.QueueConversationAsync("c1", "q");
        var offer = await leaving.NextOfferAsync("c1");
        await harness.Agent("leaving").Accept(offer.Offer.OfferId);
        await harness.WaitForAsync("c1", "ConversationAssigned");
        var staying = await harness.AddAgentAsync("staying", "general");

        await harness.Agent("leaving").SetPresence(AgentPresence.Offline);

        Assert.Equal("c1", (await staying.NextOfferAsync("the re-queued conversation")).Offer.ConversationId);
        await harness.WaitForAsync("c1", "ConversationRequeued");
        var view = await harness.Agent("leaving").GetView();
        Assert.Empty(view.Assignments);
    }

    [Fact]
    public async Task Wrapup_HoldsSlotForConfiguredTime()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        var console = await harness.AddAgentAsync("a1", "general", capacity: 1, wrapUp: TimeSpan.FromSeconds(60));
        await harness.QueueConversationAsync("c1", "q", customerId: "1");
        await harness.Agent("a1").Accept((await console.NextOfferAsync("c1")).Offer.OfferId);
        await harness.WaitForAsync("c1", "ConversationAssigned");
        await harness.QueueConversationAsync("c2", "q", customerId: "2");

        await harness.Conversation("c1").Close("a1");
        Assert.Equal(0, (await harness.Agent("a1").GetView()).FreeSlots);
        harness.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, (await harness.Agent("a1").GetView()).FreeSlots);
        harness.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("c2", (await console.NextOfferAsync("after wrap-up")).Offer.ConversationId);
    }
}
