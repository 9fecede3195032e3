using Microsoft.Extensions.DependencyInjection;
using Routing.Runtime.Hosting;
using Routing.Runtime.Reminders;
using Routing.Runtime.Tests.Infrastructure;
using Routing.Runtime.Tests.TestGrains;

namespace Routing.Runtime.Tests.Lifecycle;

public sealed class SiloShutdownTests
{
    [Fact]
    public async Task SiloStop_CallQueuedDuringDeactivation_FailsFastInsteadOfActivatingAgain()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<ILifecycleGrain>(key);
        await grain.GetActivationId();
        await grain.GateDeactivation();

        var stopping = silo.StopAsync();
        await Signals.WaitAsync($"deactivating-{key}");
        var callDuringDeactivation = grain.GetActivationId();
        Signals.Set($"deactivate-gate-{key}");
        await stopping.DefaultTimeout($"the silo to stop after {key} deactivated");

        // The queued call is forwarded when the activation is gone; a stopping silo must not activate the grain again,
        // since nothing would ever deactivate that activation.
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => callDuringDeactivation.DefaultTimeout($"the call to {key} queued during shutdown"));
        Assert.Contains("shutting down", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, LifecycleGrain.Activations[key]);
        Assert.Equal(LifecycleGrain.Activations[key], LifecycleGrain.Deactivations[key]);
    }

    [Fact]
    public async Task SiloStop_CallToInactiveGrain_FailsFast()
    {
        await using var silo = await TestSilos.StartAsync();
        var gated = TestSilos.NewKey();
        var inactive = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<ILifecycleGrain>(gated);
        await grain.GateDeactivation();

        var stopping = silo.StopAsync();
        await Signals.WaitAsync($"deactivating-{gated}");

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => silo.GrainFactory.GetGrain<ILifecycleGrain>(inactive).GetActivationId().DefaultTimeout($"a call to {inactive} while the silo stops"));
        Assert.Contains("shutting down", exception.Message, StringComparison.Ordinal);
        Assert.False(LifecycleGrain.Activations.ContainsKey(inactive), $"{inactive} was activated by a stopping silo");

        Signals.Set($"deactivate-gate-{gated}");
        await stopping.DefaultTimeout($"the silo to stop after {gated} deactivated");
    }

    [Fact]
    public async Task SiloStop_StopsRemindersBeforeDeactivating()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = TestSilos.NewKey();
        await silo.GrainFactory.GetGrain<IReminderGrain>(key).Register("sla", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        var reminders = silo.Services.GetRequiredService<ReminderService>();
        Assert.Equal(1, reminders.ActiveCount);
        var grain = silo.GrainFactory.GetGrain<ILifecycleGrain>(key);
        await grain.GateDeactivation();

        var stopping = silo.StopAsync();
        await Signals.WaitAsync($"deactivating-{key}");

        // A reminder ticking now would call a grain of a silo that no longer activates any.
        Assert.Equal(0, reminders.ActiveCount);
        Signals.Set($"deactivate-gate-{key}");
        await stopping.DefaultTimeout($"the silo to stop after {key} deactivated");
    }

    [Fact]
    public async Task SiloStop_TokenCancelledDuringDeactivation_StillStopsStorageParticipants()
    {
        var storage = new RecordingParticipant(SiloLifecycleStage.Storage);
        await using var silo = await TestSilos.StartAsync(options =>
            options.ConfigureServices = services => services.AddSingleton<ISiloLifecycleParticipant>(storage));
        var key = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<ILifecycleGrain>(key);
        await grain.GateDeactivation();

        using var shutdown = new CancellationTokenSource();
        var stopping = silo.StopAsync(shutdown.Token);
        await Signals.WaitAsync($"deactivating-{key}");
        await shutdown.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stopping.DefaultTimeout($"the cancelled stop while {key} deactivates"));
        Assert.True(storage.Stopped, "a storage participant was not stopped after the shutdown token fired");
        Signals.Set($"deactivate-gate-{key}");
    }

    private sealed class RecordingParticipant(int stage) : ISiloLifecycleParticipant
    {
        public int Stage => stage;

        public bool Stopped { get; private set; }

        public Task OnStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task OnStopAsync(CancellationToken cancellationToken)
        {
            Stopped = true;
            return Task.CompletedTask;
        }
    }
}
