using Routing.Runtime.Tests.Infrastructure;
using Routing.Runtime.Tests.TestGrains;

namespace Routing.Runtime.Tests.Timers;

public sealed class GrainTimerTests
{
    [Fact]
    public async Task Timer_ClockAdvances_TicksOncePerPeriod()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<ITimerGrain>(key);
        await grain.StartTimer(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));

        silo.TimeProvider.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(0, (await grain.GetReport()).Ticks);

        silo.TimeProvider.Advance(TimeSpan.FromSeconds(1));
        await Signals.WaitAsync($"tick-{key}-1");
        // The signal is set inside the callback, before the timer is re-armed; this call queues behind the tick, so
        // the timer is armed again before the clock moves on.
        await grain.GetReport();
        // The period counts from the end of the previous callback; the next tick is a full period later.
        silo.TimeProvider.Advance(TimeSpan.FromSeconds(10));
        await Signals.WaitAsync($"tick-{key}-2");

        var report = await grain.GetReport();
        Assert.Equal(2, report.Ticks);
        Assert.Equal(1, report.MaxConcurrentTicks);
    }

    [Fact]
    public async Task Timer_DueWhileRequestRuns_WaitsForTheRequest()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = TestSilos.NewKey();
        var tag = TestSilos.NewKey("hold");
        var grain = silo.GrainFactory.GetGrain<ITimerGrain>(key);
        await grain.StartTimer(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));

        var hold = grain.Hold(tag);
        await Signals.WaitAsync($"entered-{tag}");
        silo.TimeProvider.Advance(TimeSpan.FromSeconds(5));
        Assert.False(Signals.IsSet($"tick-{key}-1"), "a tick must not run while a request holds the activation");

        Signals.Set($"release-{tag}");
        await hold.DefaultTimeout("the held request");
        await Signals.WaitAsync($"tick-{key}-1");
        Assert.False((await grain.GetReport()).TickOverlappedRequest);
    }

    [Fact]
    public async Task Timer_Disposed_StopsTicking()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<ITimerGrain>(key);
        await grain.StartTimer(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        silo.TimeProvider.Advance(TimeSpan.FromSeconds(1));
        await Signals.WaitAsync($"tick-{key}-1");

        await grain.StopTimer();
        silo.TimeProvider.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(1, (await grain.GetReport()).Ticks);
    }

    [Fact]
    public async Task Timer_DoesNotKeepIdleGrainAlive()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<ITimerGrain>(key);
        // TimerGrain's collection age is 3 minutes; the collector runs on whole minutes. The timer ticks at 1:10, then
        // 160 seconds after each tick ends (3:50, then not before 6:30), never on a whole minute.
        await grain.StartTimer(TimeSpan.FromSeconds(70), TimeSpan.FromSeconds(160));
        silo.TimeProvider.Advance(TimeSpan.FromSeconds(70));
        await Signals.WaitAsync($"tick-{key}-1");
        // The last request, at 1:10: it queues behind tick 1, so the timer is re-armed (for 3:50) when it returns.
        await grain.GetReport();

        silo.TimeProvider.Advance(TimeSpan.FromSeconds(160));
        await Signals.WaitAsync($"tick-{key}-2");

        // Idle since 1:10, the grain is collectable from 4:10, at the collector's run at 5:00, although its timer
        // ticked at 3:50 (counting that tick, it would live until 7:00). No request may wait for tick 2's turn to end
        // (it would count as activity), so the run at 6:00 is there in case tick 2 was still finishing at 5:00.
        silo.TimeProvider.Advance(TimeSpan.FromSeconds(70));
        silo.TimeProvider.Advance(TimeSpan.FromSeconds(60));

        Assert.Equal(nameof(DeactivationReasonCode.IdleCollection), await Signals.WaitAsync($"deactivated-{key}"));
    }
}
