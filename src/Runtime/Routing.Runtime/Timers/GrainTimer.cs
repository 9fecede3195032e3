using Routing.Runtime.Activation;

namespace Routing.Runtime.Timers;

/// <summary>
/// A grain timer. The underlying <see cref="ITimer"/> is one-shot and re-armed only after a callback finishes, so
/// ticks never overlap and the period counts from the end of the previous callback. A tick is queued as a turn of
/// the activation, so it obeys the same interleaving rules as requests.
/// </summary>
internal sealed class GrainTimer<TState> : IGrainTimer, IGrainTimerTick
{
    private readonly ActivationData _activation;
    private readonly Func<TState, CancellationToken, Task> _callback;
    private readonly TState _state;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _stopped = new();
    private TimeSpan _period;

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
        ValidatePeriod(period);
        _period = period;
        Rearm(dueTime);
    }

    public async Task RunTickAsync()
    {
        if (_stopped.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await _callback(_state, _stopped.Token);
        }
        finally
        {
            if (_period != Timeout.InfiniteTimeSpan)
            {
                Rearm(_period);
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
        if (!_stopped.IsCancellationRequested)
        {
            _activation.EnqueueTimerTick(this);
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
