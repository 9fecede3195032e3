using Routing.Grains.Interfaces.Model;
using Routing.Grains.Tests.Infrastructure;

namespace Routing.Grains.Tests.Queues;

public sealed class QueueOrderingTests
{
    [Fact]
    public async Task Waiting_EqualPriority_ServedInArrivalOrder()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        foreach (var id in new[] { "c1", "c2", "c3" })
        {
            await harness.QueueConversationAsync(id, "q", customerId: "cust-" + id);
            harness.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(["c1", "c2", "c3"], (await harness.Queue("q").GetSnapshot()).WaitingConversationIds);

        var console = await harness.AddAgentAsync("a1", "general", capacity: 1);
        Assert.Equal("c1", (await console.NextOfferAsync("the oldest")).Offer.ConversationId);
    }

    [Fact]
    public async Task Waiting_VipComplaintAndUrgent_GoAheadOfRegular()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        await harness.QueueConversationAsync("regular", "q", customerId: "r");
        await harness.QueueConversationAsync("complaint", "q", customerId: "c", intent: Intent.Complaint);
        await harness.QueueConversationAsync("vip", "q", customerId: "v", tier: CustomerTier.Vip);
        await harness.QueueConversationAsync("urgent", "q", customerId: "u", urgent: true);

        Assert.Equal(["urgent", "vip", "complaint", "regular"], (await harness.Queue("q").GetSnapshot()).WaitingConversationIds);
    }

    [Fact]
    public async Task Waiting_LongEnough_AgingLiftsRegularAboveNewVip()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        await harness.QueueConversationAsync("old-regular", "q", customerId: "r");
        // A VIP is worth 20 points and aging 1 point per minute: after 25 minutes the regular customer is ahead.
        harness.Clock.Advance(TimeSpan.FromMinutes(25));
        await harness.QueueConversationAsync("new-vip", "q", customerId: "v", tier: CustomerTier.Vip);
        await harness.QueueConversationAsync("newer-regular", "q", customerId: "n");

        Assert.Equal(["old-regular", "new-vip", "newer-regular"], (await harness.Queue("q").GetSnapshot()).WaitingConversationIds);
    }

    [Fact]
    public async Task CapacityFrees_OldestHighestPriorityServedFirst()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        var console = await harness.AddAgentAsync("a1", "general", capacity: 1);
        await harness.QueueConversationAsync("first", "q", customerId: "f");
        var offer = await console.NextOfferAsync("first");
        await harness.Agent("a1").Accept(offer.Offer.OfferId);
        await harness.WaitForAsync("first", "ConversationAssigned");
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await harness.QueueConversationAsync("older", "q", customerId: "o");
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await harness.QueueConversationAsync("newer", "q", customerId: "n");

        await harness.Conversation("first").Close("a1");

        Assert.Equal("older", (await console.NextOfferAsync("the slot that freed")).Offer.ConversationId);
    }

    [Fact]
    public async Task Enqueue_AboveMaxQueueLength_RefusedWithCallbackOffer()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general", queue => queue with { MaxQueueLength = 2 }));
        await harness.QueueConversationAsync("c1", "q", customerId: "1");
        await harness.QueueConversationAsync("c2", "q", customerId: "2");

        var refused = await harness.QueueConversationAsync("c3", "q", customerId: "3");

        Assert.Equal(Interfaces.Conversations.EnqueueOutcome.AdmissionRefused, refused.Outcome);
        Assert.Contains("limit 2", refused.Reason, StringComparison.Ordinal);
        var view = await harness.Conversation("c3").GetView();
        Assert.True(view.CallbackOffered);
        Assert.Equal(ConversationStatus.Created, view.Status);
        var chosen = await harness.Conversation("c3").ChooseCallback(leaveMessage: true);
        Assert.Equal(ConversationStatus.LeftMessage, chosen.Status);
    }

    [Fact]
    public async Task Enqueue_EstimatedWaitAboveLimit_RefusedWithCallbackOffer()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general", queue => queue with { MaxEstimatedWait = TimeSpan.FromMinutes(10) }));
        // One agent with one slot takes c1. With no answers seen yet, each waiting position is estimated at one default
        // handle time (5 minutes) per staffed slot: c4 would be third in line, 15 minutes.
        await harness.AddAgentAsync("a1", "general", capacity: 1);
        await harness.QueueConversationAsync("c1", "q", customerId: "1");
        await harness.QueueConversationAsync("c2", "q", customerId: "2");
        await harness.QueueConversationAsync("c3", "q", customerId: "3");

        var refused = await harness.QueueConversationAsync("c4", "q", customerId: "4");

        Assert.Equal(Interfaces.Conversations.EnqueueOutcome.AdmissionRefused, refused.Outcome);
        Assert.Contains("estimated wait", refused.Reason, StringComparison.Ordinal);
        Assert.True(refused.EstimatedWait > TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task Enqueue_QueuedConversation_GetsPositionAndEstimatedWait()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        await harness.QueueConversationAsync("c1", "q", customerId: "1");

        var second = await harness.QueueConversationAsync("c2", "q", customerId: "2");

        Assert.Equal(2, second.Position);
        Assert.NotNull(second.EstimatedWait);
        Assert.True(second.EstimatedWait > TimeSpan.Zero);
    }
}
