using Routing.Runtime.Activation;

namespace Routing.Runtime.Timers;

/// <summary>
/// A grain timer. The underlying <see cref="ITimer"/> is one-shot and re-armed only after a callback finishes, so
/// ticks never overlap and the period counts from the end of the previous callback. A tick is queued as a turn of
/// the activation, so it obeys the same interleaving rules as requests.
/// </summary>
/// <remarks>
/// While a tick runs, <see cref="Change"/> only records the due time it asks for; the tick arms the timer with it when
/// it ends (instead of the period). Arming at once could start a second tick beside the running one (an interleaving
/// timer, a reentrant grain), and the callback could not move or pause its own timer.
/// </remarks>
internal sealed class GrainTimer<TState> : IGrainTimer, IGrainTimerTick
{
    private readonly ActivationData _activation;
    private readonly Func<TState, CancellationToken, Task> _callback;
    private readonly TState _state;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _stopped = new();
    private readonly Lock _lock = new();
    private TimeSpan _period;
    private bool _ticking;
    private TimeSpan? _dueAfterTick;

    public GrainTimer(ActivationData activation, Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options)
    {
        _activation = activation;
        _callback = callback;
        _state = state;
        Interleave = options.Interleave;
        _timer = activation.TimeProvider.CreateTimer(static self => ((GrainTimer<TState>)self!).OnDue(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public bool Interleave { get; }

    public void Start(TimeSpan dueTime, TimeSpan period) => Change(dueTime, period);

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        ValidateDueTime(dueTime);
        ValidatePeriod(period);
        lock (_lock)
        {
            _period = period;
            if (_ticking)
            {
                _dueAfterTick = dueTime;
                return;
            }
        }

        Rearm(dueTime);
    }

    public async Task RunTickAsync()
    {
        lock (_lock)
        {
            // A second tick message can exist (the timer was changed while a tick waited in the queue); it must not
            // run beside the first, whose end arms the timer again.
            if (_ticking || _stopped.IsCancellationRequested)
            {
                return;
            }

            _ticking = true;
        }

        try
        {
            await _callback(_state, _stopped.Token);
        }
        finally
        {
            TimeSpan next;
            lock (_lock)
            {
                _ticking = false;
                next = _dueAfterTick ?? _period;
                _dueAfterTick = null;
            }

            if (next != Timeout.InfiniteTimeSpan)
            {
                Rearm(next);
            }
        }
    }

    public void Dispose()
    {
        Stop();
        _activation.RemoveTimer(this);
    }

    public void Stop()
    {
        if (!_stopped.IsCancellationRequested)
        {
            _stopped.Cancel();
            _timer.Dispose();
        }
    }

    private void Rearm(TimeSpan dueTime)
    {
        try
        {
            if (!_stopped.IsCancellationRequested)
            {
                _timer.Change(dueTime, Timeout.InfiniteTimeSpan);
            }
        }
        catch (ObjectDisposedException)
        {
            // Stopped concurrently by deactivation: the timer is meant to be dead.
        }
    }

    private void OnDue()
    {
        lock (_lock)
        {
            // Armed before the running tick started: that tick arms the timer again when it ends.
            if (_ticking)
            {
                return;
            }
        }

        if (!_stopped.IsCancellationRequested)
        {
            _activation.EnqueueTimerTick(this);
        }
    }

    private static void ValidateDueTime(TimeSpan dueTime)
    {
        if (dueTime != Timeout.InfiniteTimeSpan && dueTime < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(dueTime), dueTime, "A timer due time cannot be negative, except Timeout.InfiniteTimeSpan.");
        }
    }

    private static void ValidatePeriod(TimeSpan period)
    {
        if (period != Timeout.InfiniteTimeSpan && period <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "A timer period must be positive or Timeout.InfiniteTimeSpan.");
        }
    }
}
