using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Queues;
using Routing.Grains.Tests.Infrastructure;

namespace Routing.Grains.Tests.Queues;

public sealed class EscalationTests
{
    [Fact]
    public async Task RaisePriority_AfterWaiting_MovesAheadOfNewerHigherBase()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general", queue => queue with
        {
            AgingPerMinute = 0,
            EscalationSteps = [new EscalationStep(TimeSpan.FromSeconds(60), EscalationAction.RaisePriority, PriorityBoost: 50)],
        }));
        await harness.QueueConversationAsync("waiting", "q", customerId: "w");
        harness.Clock.Advance(TimeSpan.FromSeconds(30));
        await harness.QueueConversationAsync("vip", "q", customerId: "v", tier: CustomerTier.Vip);
        Assert.Equal(["vip", "waiting"], (await harness.Queue("q").GetSnapshot()).WaitingConversationIds);

        harness.Clock.Advance(TimeSpan.FromSeconds(30));
        await harness.WaitForAsync("waiting", "ConversationEscalated");

        Assert.Equal(["waiting", "vip"], (await harness.Queue("q").GetSnapshot()).WaitingConversationIds);
    }

    [Fact]
    public async Task WidenPool_LowerProficiency_LetsLessSkilledAgentTakeIt()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "technical", queue => queue with
        {
            MinProficiency = 4,
            EscalationSteps = [new EscalationStep(TimeSpan.FromSeconds(90), EscalationAction.WidenPool, MinProficiency: 2)],
        }));
        var junior = await harness.AddAgentAsync("junior", "technical", proficiency: 2);
        await harness.QueueConversationAsync("c1", "q");
        Assert.Equal(ConversationStatus.Queued, (await harness.Conversation("c1").GetView()).Status);

        harness.Clock.Advance(TimeSpan.FromSeconds(90));

        Assert.Equal("c1", (await junior.NextOfferAsync("the widened pool")).Offer.ConversationId);
    }

    [Fact]
    public async Task WidenPool_AdditionalSkill_AdmitsAgentOfThatSkill()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "after-sales", queue => queue with
        {
            EscalationSteps = [new EscalationStep(TimeSpan.FromSeconds(60), EscalationAction.WidenPool, AdditionalSkill: "general")],
        }));
        var generalist = await harness.AddAgentAsync("generalist", "general");
        await harness.QueueConversationAsync("c1", "q");

        harness.Clock.Advance(TimeSpan.FromSeconds(60));

        Assert.Equal("c1", (await generalist.NextOfferAsync("the generalist")).Offer.ConversationId);
    }

    [Fact]
    public async Task Overflow_MovesToOtherQueueKeepingArrival()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("backup", "general"));
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("main", "after-sales", queue => queue with
        {
            EscalationSteps = [new EscalationStep(TimeSpan.FromSeconds(120), EscalationAction.Overflow, OverflowQueueId: "backup")],
        }));
        await harness.QueueConversationAsync("early", "main", customerId: "e");
        harness.Clock.Advance(TimeSpan.FromSeconds(60));
        await harness.QueueConversationAsync("direct", "backup", customerId: "d");

        harness.Clock.Advance(TimeSpan.FromSeconds(60));
        await harness.WaitForAsync("early", "ConversationOverflowed");

        Assert.Equal("backup", (await harness.Conversation("early").GetView()).QueueId);
        // It arrived before "direct" and keeps that place in the overflow queue.
        Assert.Equal(["early", "direct"], (await harness.Queue("backup").GetSnapshot()).WaitingConversationIds);
        Assert.Equal(0, (await harness.Queue("main").GetSnapshot()).Waiting);
    }

    [Fact]
    public async Task EscalateToSenior_OnlySeniorAgentsMayTakeIt()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "complaints", queue => queue with
        {
            EscalationSteps = [new EscalationStep(TimeSpan.FromSeconds(30), EscalationAction.EscalateToSenior)],
        }));
        await harness.QueueConversationAsync("c1", "q", intent: Intent.Complaint);
        harness.Clock.Advance(TimeSpan.FromSeconds(30));
        await harness.WaitForAsync("c1", "ConversationEscalated");

        var regular = await harness.AddAgentAsync("regular", "complaints");
        var senior = await harness.AddAgentAsync("senior", "complaints", tier: AgentTier.Senior);

        Assert.Equal("c1", (await senior.NextOfferAsync("the senior agent")).Offer.ConversationId);
        Assert.False(regular.Offers.Reader.TryRead(out _));
    }

    [Fact]
    public async Task OfferCallback_AfterWaiting_CustomerCanChooseCallback()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general", queue => queue with
        {
            EscalationSteps = [new EscalationStep(TimeSpan.FromMinutes(5), EscalationAction.OfferCallback)],
        }));
        await harness.QueueConversationAsync("c1", "q");

        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        await harness.WaitForAsync("c1", "CallbackOffered");
        Assert.True((await harness.Conversation("c1").GetView()).CallbackOffered);

        var chosen = await harness.Conversation("c1").ChooseCallback(leaveMessage: false);
        Assert.Equal(ConversationStatus.Callback, chosen.Status);
        Assert.Equal(0, (await harness.Queue("q").GetSnapshot()).Waiting);
    }

    [Fact]
    public async Task Restart_QueueRebuildsDeadlinesFromState_AndEscalatesOnTime()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "technical", queue => queue with
        {
            MinProficiency = 5,
            EscalationSteps = [new EscalationStep(TimeSpan.FromSeconds(120), EscalationAction.WidenPool, MinProficiency: 1)],
        }));
        await harness.QueueConversationAsync("c1", "q");
        harness.Clock.Advance(TimeSpan.FromSeconds(60));

        await harness.RestartAsync();
        var junior = await harness.AddAgentAsync("junior", "technical", proficiency: 1);
        Assert.Equal(1, (await harness.Queue("q").GetSnapshot()).Waiting);
        harness.Clock.Advance(TimeSpan.FromSeconds(60));

        Assert.Equal("c1", (await junior.NextOfferAsync("after the restart")).Offer.ConversationId);
        await harness.WaitForAsync("c1", "OfferCreated");
        Assert.Equal(ConversationStatus.Offered, (await harness.Conversation("c1").GetView()).Status);
    }
}
