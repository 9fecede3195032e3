using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Tests.Infrastructure;

namespace Routing.Grains.Tests.Conversations;

public sealed class TransferTests
{
    [Fact]
    public async Task Transfer_ToQueue_ContextAndNoteTravelAndSlotIsFreed()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("pre-sales", "pre-sales"));
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("refunds", "after-sales"));
        var seller = await harness.AddAgentAsync("seller", "pre-sales", capacity: 1);
        await harness.QueueConversationAsync("c1", "pre-sales");
        await harness.Agent("seller").Accept((await seller.NextOfferAsync("c1")).Offer.OfferId);
        await harness.WaitForAsync("c1", "ConversationAssigned");
        var refunder = await harness.AddAgentAsync("refunder", "after-sales");

        var view = await harness.Conversation("c1").Transfer("seller", new TransferTarget("refunds", null, "wants a refund for order 8841"));

        Assert.Equal(ConversationStatus.Queued, view.Status);
        var offer = await refunder.NextOfferAsync("the transferred conversation");
        Assert.Equal("wants a refund for order 8841", offer.Offer.Context.TransferNote);
        Assert.Contains(offer.Offer.Context.Transcript, entry => entry.Text == "你好, I need help");
        Assert.Equal(1, (await harness.Agent("seller").GetView()).FreeSlots);
    }

    [Fact]
    public async Task Transfer_ToAgent_OffersToThatAgentFirst()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general", queue => queue with { PreferredAgentWindow = TimeSpan.FromSeconds(60) }));
        var first = await harness.AddAgentAsync("first", "general");
        await harness.QueueConversationAsync("c1", "q");
        await harness.Agent("first").Accept((await first.NextOfferAsync("c1")).Offer.OfferId);
        await harness.WaitForAsync("c1", "ConversationAssigned");
        var idle = await harness.AddAgentAsync("idle", "general", capacity: 10);
        var senior = await harness.AddAgentAsync("senior", "general", capacity: 1, tier: AgentTier.Senior);

        await harness.Conversation("c1").Transfer("first", new TransferTarget(null, "senior", "needs a senior"));

        Assert.Equal("c1", (await senior.NextOfferAsync("the target agent")).Offer.ConversationId);
        Assert.False(idle.Offers.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Transfer_ByAgentNotAssigned_IsRefused()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        var console = await harness.AddAgentAsync("a1", "general");
        await harness.QueueConversationAsync("c1", "q");
        await harness.Agent("a1").Accept((await console.NextOfferAsync("c1")).Offer.OfferId);
        await harness.WaitForAsync("c1", "ConversationAssigned");

        await Assert.ThrowsAsync<ConversationRuleException>(() => harness.Conversation("c1").Transfer("intruder", new TransferTarget("q", null, null)));
        await Assert.ThrowsAsync<ConversationRuleException>(() => harness.Conversation("c1").Close("intruder"));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => harness.Conversation("c1").Transfer("a1", new TransferTarget("no-such-queue", null, null)));
    }
}
