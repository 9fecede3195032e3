using Routing.Runtime.Tests.Infrastructure;
using Routing.Runtime.Tests.TestGrains;

namespace Routing.Runtime.Tests.Calls;

[Collection(SiloCollection.Name)]
public sealed class GrainCallTests(SiloFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.GrainFactory;

    [Fact]
    public async Task Echo_StringKey_ReturnsResultFromThatGrain()
    {
        var key = TestSilos.NewKey();
        var result = await _grains.GetGrain<IPingGrain>(key).Echo("hi").DefaultTimeout("echo");
        Assert.Equal($"{key}:hi", result);
    }

    [Fact]
    public async Task GetKey_GuidAndIntegerKeys_RoundTrip()
    {
        var guid = Guid.NewGuid();
        Assert.Equal(guid, await _grains.GetGrain<IGuidPingGrain>(guid).GetKey().DefaultTimeout("guid key"));
        Assert.Equal(-42L, await _grains.GetGrain<IIntegerPingGrain>(-42L).GetKey().DefaultTimeout("integer key"));
    }

    [Fact]
    public async Task ValueTaskMethods_SyncAndAsync_Complete()
    {
        var grain = _grains.GetGrain<IPingGrain>(TestSilos.NewKey());
        Assert.Equal(5, await grain.Add(2, 3));
        await grain.Touch();
        Assert.Equal(2, await grain.GetCallCount().DefaultTimeout("call count"));
    }

    [Fact]
    public async Task Throw_InsideGrain_CallerGetsSameExceptionTypeAndMessage()
    {
        var grain = _grains.GetGrain<IPingGrain>(TestSilos.NewKey());
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Throw("the order system is down").DefaultTimeout("throw"));
        Assert.Equal("the order system is down", exception.Message);

        // The grain is still usable after a failed request.
        Assert.Equal(1, await grain.GetCallCount().DefaultTimeout("call count after throw"));
    }

    [Fact]
    public async Task OneWay_Notify_CompletesAtOnceAndStillRuns()
    {
        var key = TestSilos.NewKey();
        var signal = $"notified-{key}";
        var call = _grains.GetGrain<IPingGrain>(key).Notify(signal);
        Assert.True(call.IsCompleted, "a one-way call completes when it is handed to the runtime");
        Assert.Equal(key, await Signals.WaitAsync(signal));
    }

    [Fact]
    public void References_ToSameGrain_AreEqualAndCarryTheirId()
    {
        var key = TestSilos.NewKey();
        var first = _grains.GetGrain<IPingGrain>(key);
        var second = _grains.GetGrain<IPingGrain>(key);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        var reference = Assert.IsAssignableFrom<IGrainReference>(first);
        Assert.Equal(new GrainId("PingGrain", key), reference.GrainId);
        Assert.Equal(typeof(IPingGrain), reference.InterfaceType);
    }

    [Fact]
    public void GrainId_FormatAndParse_RoundTrip()
    {
        var id = new GrainId("conversation", "shop-1/abc");
        Assert.Equal("conversation/shop-1/abc", id.ToString());
        Assert.Equal(id, GrainId.Parse(id.ToString()));
        Assert.False(GrainId.TryParse("no-separator", out _));
    }
}
