using Routing.Runtime.Tests.Infrastructure;
using Routing.Runtime.Tests.TestGrains;

namespace Routing.Runtime.Tests.Lifecycle;

public sealed class ActivationLifecycleTests
{
    [Fact]
    public async Task DeactivateOnIdle_NextCall_RunsOnNewActivation()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<ILifecycleGrain>(key);

        var firstId = await grain.GetActivationId();
        await grain.DeactivateSoon();
        Assert.Equal(nameof(DeactivationReasonCode.ApplicationRequested), await Signals.WaitAsync($"deactivated-{key}-1"));

        var secondId = await grain.GetActivationId().DefaultTimeout("reactivation");
        Assert.NotEqual(firstId, secondId);
        Assert.Equal(2, LifecycleGrain.Activations[key]);
    }

    [Fact]
    public async Task Call_DuringDeactivation_IsNotLostAndReactivatesGrain()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<ILifecycleGrain>(key);
        var firstId = await grain.GetActivationId();
        await grain.GateDeactivation();

        await grain.DeactivateSoon();
        await Signals.WaitAsync($"deactivating-{key}");
        var callDuringDeactivation = grain.GetActivationId();
        Assert.False(callDuringDeactivation.IsCompleted);

        Signals.Set($"deactivate-gate-{key}");
        var secondId = await callDuringDeactivation.DefaultTimeout("the call queued during deactivation");

        Assert.NotEqual(firstId, secondId);
        Assert.Equal(2, LifecycleGrain.Activations[key]);
        Assert.Equal(1, LifecycleGrain.Deactivations[key]);
    }

    [Fact]
    public async Task IdleGrain_AfterDefaultCollectionAge_IsCollected()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<ILifecycleGrain>(key);
        var activationId = await grain.GetActivationId();

        // A collected grain would answer from a new activation, with a new id.
        silo.TimeProvider.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(activationId, await grain.GetActivationId().DefaultTimeout($"a call to {key} after 14 idle minutes"));

        // That call was activity: the grain is collected a full collection age after it.
        silo.TimeProvider.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(nameof(DeactivationReasonCode.IdleCollection), await Signals.WaitAsync($"deactivated-{key}-1"));
    }

    [Fact]
    public async Task IdleGrain_WithCollectionAgeLimitAttribute_IsCollectedEarlier()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<IShortLivedGrain>(key);
        var activationId = await grain.GetActivationId();

        // The collector runs every minute. After one idle minute the grain is still the same activation.
        silo.TimeProvider.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(activationId, await grain.GetActivationId().DefaultTimeout($"a call to {key} after 1 idle minute"));

        // The attribute's 2 minute age, counted from that call, is reached at the collector's second run after it.
        silo.TimeProvider.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(nameof(DeactivationReasonCode.IdleCollection), await Signals.WaitAsync($"deactivated-{key}"));
    }

    [Fact]
    public async Task IdleGrain_AfterLongRequest_CountsIdleTimeFromItsEnd()
    {
        // The held request outlasts the default 30 second call timeout on the fake clock.
        await using var silo = await TestSilos.StartAsync(options => options.Configuration["Routing:Messaging:CallTimeout"] = "00:10:00");
        var key = TestSilos.NewKey();
        var tag = TestSilos.NewKey("hold");
        var grain = silo.GrainFactory.GetGrain<IShortLivedGrain>(key);
        var activationId = await grain.GetActivationId();

        // A request runs for 3 minutes, longer than ShortLivedGrain's 2 minute collection age.
        var hold = grain.Hold(tag);
        await Signals.WaitAsync($"entered-{tag}");
        silo.TimeProvider.Advance(TimeSpan.FromMinutes(3));
        Signals.Set($"release-{tag}");
        await hold.DefaultTimeout($"the held request on {key}");

        // One minute after the request ended the grain is still the same activation, not a collected one's successor.
        silo.TimeProvider.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(activationId, await grain.GetActivationId().DefaultTimeout($"a call to {key} one minute after the long request"));

        // A full collection age after that call, it is collected.
        silo.TimeProvider.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(nameof(DeactivationReasonCode.IdleCollection), await Signals.WaitAsync($"deactivated-{key}"));
    }

    [Fact]
    public async Task IdleGrain_WithConfiguredCollectionAge_OverridesAttribute()
    {
        await using var silo = await TestSilos.StartAsync(options =>
            options.Configuration["Routing:Collection:ClassSpecificCollectionAge:ShortLivedGrain"] = "00:01:00");
        var key = TestSilos.NewKey();
        await silo.GrainFactory.GetGrain<IShortLivedGrain>(key).GetActivationId();

        // One collection quantum (1 minute) is enough for a 1 minute age; the attribute alone says 2 minutes.
        silo.TimeProvider.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(nameof(DeactivationReasonCode.IdleCollection), await Signals.WaitAsync($"deactivated-{key}"));
    }

    [Fact]
    public async Task FailedActivation_EveryQueuedCallerGetsTheError()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<IFailingActivationGrain>(key);

        var calls = Enumerable.Range(0, 5).Select(_ => grain.Hello()).ToArray();
        Signals.Set($"fail-activation-{key}");

        foreach (var call in calls)
        {
            var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => call.DefaultTimeout("a queued call of a failed activation"));
            Assert.Contains("failed on purpose", exception.Message, StringComparison.Ordinal);
        }

        // A later call tries to activate again (and fails again, since the grain always fails).
        await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Hello().DefaultTimeout("a retry of activation"));
    }

    [Fact]
    public async Task FailedActivation_StopsTimersRegisteredDuringActivation()
    {
        var clock = new TrackingTimeProvider(new DateTimeOffset(2026, 11, 11, 0, 0, 0, TimeSpan.Zero));
        await using var silo = await TestSilos.StartAsync(options => options.TimeProvider = clock);
        var key = TestSilos.NewKey();

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => silo.GrainFactory.GetGrain<ITimerThenFailActivationGrain>(key).Hello().DefaultTimeout($"the failed activation of {key}"));

        // The failed activation's callers heard of it only after it left the catalog, timers included.
        var grainTimers = clock.Timers.Where(timer => timer.State is IGrainTimer).ToArray();
        Assert.Single(grainTimers);
        Assert.True(grainTimers[0].IsDisposed, $"the timer {key} registered in OnActivateAsync outlived its failed activation");
    }

    [Fact]
    public async Task SiloStop_DeactivatesActivationsGracefully()
    {
        var silo = await TestSilos.StartAsync();
        var key = TestSilos.NewKey();
        await silo.GrainFactory.GetGrain<ILifecycleGrain>(key).GetActivationId();

        await silo.DisposeAsync();

        Assert.Equal(nameof(DeactivationReasonCode.ShuttingDown), await Signals.WaitAsync($"deactivated-{key}-1"));
    }
}
