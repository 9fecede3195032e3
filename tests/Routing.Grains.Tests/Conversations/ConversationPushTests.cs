using System.Threading.Channels;
using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Tests.Infrastructure;

namespace Routing.Grains.Tests.Conversations;

public sealed class ConversationPushTests
{
    [Fact]
    public async Task Observer_ReceivesQueuePositionUpdatesAsQueueMoves()
    {
        await using var harness = await RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(RoutingHarness.Queue("q", "general"));
        await harness.QueueConversationAsync("ahead", "q", customerId: "a");
        await harness.QueueConversationAsync("me", "q", customerId: "m");
        var customer = new CustomerScreen();
        await harness.Conversation("me").Subscribe(harness.Grains.CreateObjectReference<IConversationObserver>(customer));

        // The queue pushes positions every few seconds; "me" is second.
        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        var update = await customer.NextAsync(update => update.QueuePosition is not null);
        Assert.Equal(2, update.QueuePosition);
        Assert.NotNull(update.EstimatedWait);

        await harness.Conversation("ahead").Abandon();
        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, (await customer.NextAsync(update => update.QueuePosition == 1)).QueuePosition);

        var console = await harness.AddAgentAsync("a1", "general");
        await harness.Agent("a1").Accept((await console.NextOfferAsync("me")).Offer.OfferId);
        var assigned = await customer.NextAsync(update => update.Status == ConversationStatus.Assigned);
        Assert.Equal("Agent a1", assigned.AgentDisplayName);

        await harness.Conversation("me").AddMessage(MessageSender.Agent, "a1", "您好!", "a-1");
        Assert.Equal("您好!", (await customer.NextAsync(update => update.Message is not null)).Message!.Text);
        GC.KeepAlive(customer);
    }

    private sealed class CustomerScreen : IConversationObserver
    {
        private readonly Channel<ConversationUpdate> _updates = System.Threading.Channels.Channel.CreateUnbounded<ConversationUpdate>();

        public Task OnConversationUpdated(ConversationUpdate update)
        {
            _updates.Writer.TryWrite(update);
            return Task.CompletedTask;
        }

        public async Task<ConversationUpdate> NextAsync(Func<ConversationUpdate, bool> match)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (true)
            {
                var update = await _updates.Reader.ReadAsync(timeout.Token);
                if (match(update))
                {
                    return update;
                }
            }
        }
    }
}
