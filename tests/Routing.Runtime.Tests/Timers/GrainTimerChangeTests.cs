using Routing.Runtime.Tests.Infrastructure;
using Routing.Runtime.Tests.TestGrains;

namespace Routing.Runtime.Tests.Timers;

public sealed class GrainTimerChangeTests
{
    [Fact]
    public async Task Change_WhileInterleavedTickAwaits_DoesNotStartAnOverlappingTick()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<IChangingTimerGrain>(key);
        await grain.StartTimer(TimeSpan.FromSeconds(1), TimeSpan.FromHours(1), interleave: true, gateTicks: true);
        silo.TimeProvider.Advance(TimeSpan.FromSeconds(1));
        await Signals.WaitAsync($"timer-started-{key}-1");

        // Runs while tick 1 awaits its gate; a timer armed now would start tick 2 beside it.
        await grain.ChangeTimer(TimeSpan.Zero, TimeSpan.FromHours(1)).DefaultTimeout($"ChangeTimer on {key} during tick 1");
        Signals.Set($"timer-release-{key}-1");

        // The requested due time (zero) counts from the end of tick 1, so tick 2 follows without the clock moving.
        await Signals.WaitAsync($"timer-started-{key}-2");
        Signals.Set($"timer-release-{key}-2");
        await Signals.WaitAsync($"timer-ended-{key}-2");
        var report = await grain.GetReport();
        Assert.Equal(2, report.Ticks);
        Assert.Equal(1, report.MaxConcurrentTicks);
    }

    [Fact]
    public async Task Change_InsideCallback_SetsTheNextDueTime()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<IChangingTimerGrain>(key);
        await grain.StartTimer(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), interleave: false, gateTicks: false);
        await grain.ChangeTimerInNextTick(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10));
        silo.TimeProvider.Advance(TimeSpan.FromSeconds(1));
        await Signals.WaitAsync($"timer-ended-{key}-1");
        // Queues behind tick 1, so the timer has been re-armed when it returns.
        await grain.GetReport();

        // One period after tick 1 the timer must not tick: the callback asked for 30 seconds.
        silo.TimeProvider.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, (await grain.GetReport()).Ticks);

        silo.TimeProvider.Advance(TimeSpan.FromSeconds(20));
        await Signals.WaitAsync($"timer-ended-{key}-2");
    }

    [Fact]
    public async Task Change_InsideCallbackToInfinite_PausesTheTimerUntilChangedAgain()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<IChangingTimerGrain>(key);
        await grain.StartTimer(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), interleave: false, gateTicks: false);
        await grain.ChangeTimerInNextTick(Timeout.InfiniteTimeSpan, TimeSpan.FromSeconds(10));
        silo.TimeProvider.Advance(TimeSpan.FromSeconds(1));
        await Signals.WaitAsync($"timer-ended-{key}-1");
        await grain.GetReport();

        silo.TimeProvider.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await grain.GetReport()).Ticks);

        await grain.ChangeTimer(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));
        silo.TimeProvider.Advance(TimeSpan.FromSeconds(5));
        await Signals.WaitAsync($"timer-ended-{key}-2");
    }
}
