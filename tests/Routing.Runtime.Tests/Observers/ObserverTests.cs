using System.Threading.Channels;
using Routing.Runtime.Tests.Infrastructure;
using Routing.Runtime.Tests.TestGrains;

namespace Routing.Runtime.Tests.Observers;

public sealed class ObserverTests
{
    [Fact]
    public async Task Publish_ToSubscribedObserver_DeliversOneWayPush()
    {
        await using var silo = await TestSilos.StartAsync();
        var observer = new RecordingObserver();
        var reference = silo.GrainFactory.CreateObjectReference<IChatObserver>(observer);
        var room = silo.GrainFactory.GetGrain<IChatRoomGrain>(TestSilos.NewKey());
        await room.Subscribe(reference);

        Assert.Equal(1, await room.Publish("您好, your order has shipped"));

        Assert.Equal("您好, your order has shipped", await observer.Messages.Reader.ReadAsync().AsTask().DefaultTimeout("the push"));
        GC.KeepAlive(observer);
    }

    [Fact]
    public async Task Publish_AfterLeaseExpires_DropsObserverThatDidNotRenew()
    {
        await using var silo = await TestSilos.StartAsync();
        var observer = new RecordingObserver();
        var reference = silo.GrainFactory.CreateObjectReference<IChatObserver>(observer);
        var room = silo.GrainFactory.GetGrain<IChatRoomGrain>(TestSilos.NewKey());
        await room.Subscribe(reference);

        silo.TimeProvider.Advance(ChatRoomGrain.SubscriptionLease + TimeSpan.FromSeconds(1));

        Assert.Equal(0, await room.Publish("anyone there?"));
        Assert.Equal(0, await room.GetSubscriberCount());
        GC.KeepAlive(observer);
    }

    [Fact]
    public async Task Publish_AfterRenewal_KeepsObserver()
    {
        await using var silo = await TestSilos.StartAsync();
        var observer = new RecordingObserver();
        var reference = silo.GrainFactory.CreateObjectReference<IChatObserver>(observer);
        var room = silo.GrainFactory.GetGrain<IChatRoomGrain>(TestSilos.NewKey());
        await room.Subscribe(reference);

        silo.TimeProvider.Advance(ChatRoomGrain.SubscriptionLease - TimeSpan.FromSeconds(1));
        await room.Subscribe(reference);
        silo.TimeProvider.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(1, await room.Publish("still here"));
        GC.KeepAlive(observer);
    }

    [Fact]
    public async Task Publish_ToDeletedObserver_FailsThatPushAndUnsubscribesIt()
    {
        await using var silo = await TestSilos.StartAsync();
        var gone = new RecordingObserver();
        var live = new RecordingObserver();
        var goneReference = silo.GrainFactory.CreateObjectReference<IChatObserver>(gone);
        var room = silo.GrainFactory.GetGrain<IChatRoomGrain>(TestSilos.NewKey());
        await room.Subscribe(goneReference);
        await room.Subscribe(silo.GrainFactory.CreateObjectReference<IChatObserver>(live));

        silo.GrainFactory.DeleteObjectReference(goneReference);

        Assert.Equal(1, await room.Publish("only the live one"));
        Assert.Equal(1, await room.GetSubscriberCount());
        Assert.Equal("only the live one", await live.Messages.Reader.ReadAsync().AsTask().DefaultTimeout("the live push"));
        Assert.False(gone.Messages.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Call_ToDeletedObserver_FailsWithObserverGone()
    {
        await using var silo = await TestSilos.StartAsync();
        var reference = silo.GrainFactory.CreateObjectReference<IChatObserver>(new RecordingObserver());
        silo.GrainFactory.DeleteObjectReference(reference);

        await Assert.ThrowsAsync<ObserverGoneException>(() => reference.OnMessage("hello?"));
    }

    [Fact]
    public async Task Publish_ManyPushesToOneObserver_RunOneAtATimeInOrder()
    {
        await using var silo = await TestSilos.StartAsync();
        var observer = new SlowRecordingObserver();
        var reference = silo.GrainFactory.CreateObjectReference<IChatObserver>(observer);
        var room = silo.GrainFactory.GetGrain<IChatRoomGrain>(TestSilos.NewKey());
        await room.Subscribe(reference);

        for (var i = 0; i < 200; i++)
        {
            await room.Publish(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var received = new List<string>();
        for (var i = 0; i < 200; i++)
        {
            received.Add(await observer.Messages.Reader.ReadAsync().AsTask().DefaultTimeout($"push {i} of 200"));
        }

        Assert.Equal(Enumerable.Range(0, 200).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), received);
        Assert.Equal(1, observer.MostAtOnce);
        GC.KeepAlive(observer);
    }

    /// <summary>Yields inside each call, so overlapping or reordered deliveries would show.</summary>
    private sealed class SlowRecordingObserver : IChatObserver
    {
        private int _running;

        public Channel<string> Messages { get; } = Channel.CreateUnbounded<string>();

        public int MostAtOnce { get; private set; }

        public async Task OnMessage(string text)
        {
            var running = Interlocked.Increment(ref _running);
            MostAtOnce = Math.Max(MostAtOnce, running);
            await Task.Yield();
            Messages.Writer.TryWrite(text);
            Interlocked.Decrement(ref _running);
        }
    }

    private sealed class RecordingObserver : IChatObserver
    {
        public Channel<string> Messages { get; } = Channel.CreateUnbounded<string>();

        public Task OnMessage(string text)
        {
            Messages.Writer.TryWrite(text);
            return Task.CompletedTask;
        }
    }
}
