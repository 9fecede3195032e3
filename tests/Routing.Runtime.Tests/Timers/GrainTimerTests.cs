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
        // TimerGrain's collection age is 3 minutes. Its timer ticks every 70 seconds (at 1:10, 2:20, 3:30), never at
        // the same instant as the collector's runs on whole minutes.
        await grain.StartTimer(TimeSpan.FromSeconds(70), TimeSpan.FromSeconds(70));
        silo.TimeProvider.Advance(TimeSpan.FromSeconds(70));
        await Signals.WaitAsync($"tick-{key}-1");
        silo.TimeProvider.Advance(TimeSpan.FromSeconds(70));
        await Signals.WaitAsync($"tick-{key}-2");

        // The collector's run at 3:00 finds the grain idle for 3 minutes, although its timer ticked twice since.
        silo.TimeProvider.Advance(TimeSpan.FromSeconds(60));

        Assert.Equal(nameof(DeactivationReasonCode.IdleCollection), await Signals.WaitAsync($"deactivated-{key}"));
    }
}
