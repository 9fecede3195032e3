using Routing.Runtime.Messaging;
using Routing.Runtime.Timers;

namespace Routing.Runtime.Activation;

internal sealed partial class ActivationData : IGrainContext
{
    private IReminderRegistry? _reminders;

    public IGrainFactory GrainFactory => _runtime.GrainFactory;

    public TimeProvider TimeProvider => _runtime.TimeProvider;

    public IReminderRegistry Reminders => _reminders ??= _runtime.Reminders.ForGrain(GrainId);

    public void DeactivateOnIdle() => RequestDeactivation(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "DeactivateOnIdle was called"));

    public IGrainTimer RegisterTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentNullException.ThrowIfNull(options);
        var timer = new GrainTimer<TState>(this, callback, state, options);
        lock (_lock)
        {
            if (_state is ActivationState.Deactivating or ActivationState.Invalid)
            {
                throw new InvalidOperationException($"Cannot register a timer on {GrainId}: the activation is deactivating.");
            }

            (_timers ??= []).Add(timer);
        }

        timer.Start(options.DueTime, options.Period);
        return timer;
    }

    /// <summary>Queues a timer tick as a turn of this activation.</summary>
    public void EnqueueTimerTick(IGrainTimerTick timer) => TryAccept(new Message { Kind = MessageKind.TimerTick, Target = GrainId, Timer = timer });

    public void RemoveTimer(IGrainTimerTick timer)
    {
        lock (_lock)
        {
            _timers?.Remove(timer);
        }
    }

    private void StopTimers()
    {
        IGrainTimerTick[] timers;
        lock (_lock)
        {
            timers = _timers is null ? [] : [.. _timers];
            _timers = null;
        }

        foreach (var timer in timers)
        {
            timer.Stop();
        }
    }
}
