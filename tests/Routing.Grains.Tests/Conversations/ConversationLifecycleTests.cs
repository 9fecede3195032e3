using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Tests.Infrastructure;

namespace Routing.Grains.Tests.Conversations;

public sealed class ConversationLifecycleTests
{
    [Fact]
    public async Task FullLifecycle_BotQueueOfferAssignWrapUpClose_TimestampsEveryTransition()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("after-sales", "after-sales"));
        var console = await harness.AddAgentAsync("a1", "after-sales", wrapUp: TimeSpan.FromSeconds(30));
        var conversation = await harness.StartConversationAsync("c1");

        await conversation.EnterBotStage();
        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        var enqueued = await conversation.RequestHuman(new RequestHuman("after-sales", "customer asked for 人工客服"));
        Assert.Equal(EnqueueOutcome.Queued, enqueued.Outcome);

        var offer = await console.NextOfferAsync("c1");
        Assert.Equal("c1", offer.Offer.ConversationId);
        Assert.Equal("customer asked for 人工客服", offer.Offer.Context.HandoffReason);
        await harness.WaitForAsync("c1", "OfferCreated");
        Assert.Equal(ConversationStatus.Offered, (await conversation.GetView()).Status);

        harness.Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.True(await harness.Agent("a1").Accept(offer.Offer.OfferId));
        await harness.WaitForAsync("c1", "ConversationAssigned");
        var assigned = await conversation.GetView();
        Assert.Equal(ConversationStatus.Assigned, assigned.Status);
        Assert.Equal("Agent a1", assigned.AgentDisplayName);

        await conversation.AddMessage(MessageSender.Agent, "a1", "您好, 我来帮您处理退货", "a-1");
        harness.Clock.Advance(TimeSpan.FromMinutes(4));
        var closing = await conversation.Close("a1");
        Assert.Equal(ConversationStatus.WrapUp, closing.Status);
        Assert.Equal(TimeSpan.FromMinutes(4), closing.HandleTime);
        Assert.Equal(["c1"], (await harness.Agent("a1").GetView()).WrapUps);

        harness.Clock.Advance(TimeSpan.FromSeconds(30));
        await harness.WaitForAsync("c1", "ConversationClosed");
        var closed = await conversation.GetView();
        Assert.Equal(ConversationStatus.Closed, closed.Status);
        Assert.Equal(
            [ConversationStatus.Created, ConversationStatus.BotStage, ConversationStatus.Queued, ConversationStatus.Offered, ConversationStatus.Assigned, ConversationStatus.WrapUp, ConversationStatus.Closed],
            closed.Timeline.Select(change => change.Status));
        var start = closed.Timeline[0].At;
        Assert.Equal(start + TimeSpan.FromSeconds(5), closed.Timeline[2].At);
        Assert.Equal(start + TimeSpan.FromSeconds(8), closed.Timeline[4].At);
        Assert.Equal(start + TimeSpan.FromSeconds(8) + TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(30), closed.Timeline[6].At);
    }

    [Fact]
    public async Task AddMessage_SameIdempotencyKeyTwice_StoresOnce()
    {
        await using var harness = await RoutingHarness.StartAsync();
        var conversation = await harness.StartConversationAsync("c1");

        var first = await conversation.AddMessage(MessageSender.Customer, "c-1", "where is my parcel?", "k-7");
        var retried = await conversation.AddMessage(MessageSender.Customer, "c-1", "where is my parcel?", "k-7");

        Assert.Equal(first, retried);
        Assert.Equal(2, (await conversation.GetView()).Transcript.Count);
    }

    [Fact]
    public async Task AddMessage_ToClosedConversation_IsRefused()
    {
        await using var harness = await RoutingHarness.StartAsync();
        var conversation = await harness.StartConversationAsync("c1");
        await conversation.Abandon();

        await Assert.ThrowsAsync<ConversationRuleException>(() => conversation.AddMessage(MessageSender.Customer, "c-1", "hello?", "k-9"));
    }

    [Fact]
    public async Task Rate_OnceAfterService_SecondRatingRefused()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        var console = await harness.AddAgentAsync("a1", "general");
        await harness.QueueConversationAsync("c1", "q");
        var offer = await console.NextOfferAsync("c1");
        await harness.Agent("a1").Accept(offer.Offer.OfferId);
        await harness.WaitForAsync("c1", "ConversationAssigned");
        var conversation = harness.Conversation("c1");
        await Assert.ThrowsAsync<ConversationRuleException>(() => conversation.Rate(5, "too early"));
        await conversation.Close("a1");

        var rated = await conversation.Rate(5, "很满意");

        Assert.Equal(5, rated.Satisfaction?.Score);
        await Assert.ThrowsAsync<ConversationRuleException>(() => conversation.Rate(1, "changed my mind"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => harness.Conversation("c1").Rate(6, null));
    }

    [Fact]
    public async Task Events_OfOneConversation_AreJournaledInOrder()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        var console = await harness.AddAgentAsync("a1", "general");
        await harness.QueueConversationAsync("c1", "q");
        var offer = await console.NextOfferAsync("c1");
        await harness.Agent("a1").Reject(offer.Offer.OfferId);
        await harness.WaitForAsync("c1", "OfferRejected");

        Assert.Equal(["ConversationStarted", "MessageAdded", "ConversationQueued", "OfferCreated", "OfferRejected"], harness.EventTypes("c1"));
        var sequences = harness.Journal.Read(harness.Stream("c1")).Select(entry => entry.Sequence);
        Assert.Equal([1L, 2, 3, 4, 5], sequences);
    }

    [Fact]
    public async Task Events_WithFlushDelay_AreJournaledTogetherAfterTheDelay_AndKeptMeanwhile()
    {
        await using var harness = await RoutingHarness.StartAsync(eventFlushDelay: TimeSpan.FromSeconds(1));
        var conversation = await harness.StartConversationAsync("c1");
        await conversation.EnterBotStage();
        await conversation.AddMessage(MessageSender.Customer, "c-1", "还在吗?", "k-2");
        Assert.Empty(harness.EventTypes("c1"));

        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await harness.Silo.WaitForQuiescenceAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["ConversationStarted", "MessageAdded", "ConversationEnteredBotStage", "MessageAdded"], harness.EventTypes("c1"));
    }

    [Fact]
    public async Task Events_PendingAtRestart_AreJournaledOnceAfterward()
    {
        await using var harness = await RoutingHarness.StartAsync(eventFlushDelay: TimeSpan.FromMinutes(1));
        await harness.StartConversationAsync("c1");

        // A graceful stop flushes the outbox; the reactivated grain must not append the same events again.
        await harness.RestartAsync();
        await harness.Conversation("c1").EnterBotStage();
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await harness.Silo.WaitForQuiescenceAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["ConversationStarted", "MessageAdded", "ConversationEnteredBotStage"], harness.EventTypes("c1"));
    }
}
