using Routing.Runtime.Tests.Infrastructure;
using Routing.Runtime.Tests.TestGrains;

namespace Routing.Runtime.Tests.Scheduling;

[Collection(SiloCollection.Name)]
public sealed class TurnSchedulingTests(SiloFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.GrainFactory;

    [Fact]
    public async Task Work_ManyConcurrentCallers_NoTwoRequestsOrTurnsOverlap()
    {
        var grain = _grains.GetGrain<ITurnTrackingGrain>(TestSilos.NewKey());
        const int callers = 200;

        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(() => grain.Work(steps: 6)))).DefaultTimeout("200 concurrent callers");

        var report = await grain.GetReport();
        Assert.Equal(callers, report.Completed);
        Assert.Equal(1, report.MaxConcurrentRequests);
        Assert.Equal(1, report.MaxConcurrentTurns);
        Assert.False(report.LeftScheduler, "every continuation must resume on the activation's scheduler");
    }

    [Fact]
    public async Task Hold_NonReentrantGrain_SecondRequestWaitsForFirstAcrossAwaits()
    {
        var grain = _grains.GetGrain<IInterleavingGrain>(TestSilos.NewKey());
        var first = TestSilos.NewKey("first");
        var second = TestSilos.NewKey("second");

        var firstCall = grain.Hold(first);
        await Signals.WaitAsync($"entered-{first}");
        var secondCall = grain.Hold(second);

        // An always-interleave call gets through while the first request awaits; once it has run, the runtime has
        // certainly admitted-or-queued the second request sent before it.
        Assert.Equal("peeked", await grain.Peek(TestSilos.NewKey("peek")).DefaultTimeout("always-interleave peek"));
        Assert.False(Signals.IsSet($"entered-{second}"), "the second request must not start while the first awaits");

        Signals.Set($"release-{first}");
        await Signals.WaitAsync($"entered-{second}");
        Signals.Set($"release-{second}");
        await Task.WhenAll(firstCall, secondCall).DefaultTimeout("both holds");
    }

    [Fact]
    public async Task Read_ReadOnlyRequests_InterleaveWithEachOther()
    {
        var grain = _grains.GetGrain<IInterleavingGrain>(TestSilos.NewKey());
        var first = TestSilos.NewKey("read1");
        var second = TestSilos.NewKey("read2");

        var firstRead = grain.Read(first);
        await Signals.WaitAsync($"entered-{first}");
        var secondRead = grain.Read(second);

        // Both read-only requests are inside the grain at once.
        await Signals.WaitAsync($"entered-{second}");
        Signals.Set($"release-{first}");
        Signals.Set($"release-{second}");
        await Task.WhenAll(firstRead, secondRead).DefaultTimeout("both reads");
    }

    [Fact]
    public async Task Hold_WhileReadOnlyRequestRuns_WaitsForIt()
    {
        var grain = _grains.GetGrain<IInterleavingGrain>(TestSilos.NewKey());
        var read = TestSilos.NewKey("read");
        var write = TestSilos.NewKey("write");

        var readCall = grain.Read(read);
        await Signals.WaitAsync($"entered-{read}");
        var writeCall = grain.Hold(write);
        await grain.Peek(TestSilos.NewKey("peek")).DefaultTimeout("peek");
        Assert.False(Signals.IsSet($"entered-{write}"), "a request that is not read-only must wait for running reads");

        Signals.Set($"release-{read}");
        await Signals.WaitAsync($"entered-{write}");
        Signals.Set($"release-{write}");
        await Task.WhenAll(readCall, writeCall).DefaultTimeout("read then write");
    }
}
