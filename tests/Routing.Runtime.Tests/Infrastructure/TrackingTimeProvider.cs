using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Routing.Runtime.Tests.Infrastructure;

/// <summary>
/// A fake clock that remembers every timer it creates, so a test can check that a component left none running, and
/// can run an action when the next timer is disposed (to force an interleaving at that exact point).
/// </summary>
public sealed class TrackingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly ConcurrentQueue<TrackedTimer> _timers = new();
    private Action? _onNextDispose;

    /// <summary>Every timer created so far, in creation order.</summary>
    public IReadOnlyList<TrackedTimer> Timers => [.. _timers];

    /// <summary>Runs <paramref name="action"/> once, inside the next timer's Dispose, before that timer is disposed.</summary>
    public void OnNextDispose(Action action) => _onNextDispose = action;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new TrackedTimer(state, base.CreateTimer(callback, state, dueTime, period), this);
        _timers.Enqueue(timer);
        return timer;
    }

    private void Disposing() => Interlocked.Exchange(ref _onNextDispose, null)?.Invoke();

    /// <summary>A created timer: its callback state (the object that owns it) and whether it was disposed.</summary>
    public sealed class TrackedTimer(object? state, ITimer inner, TrackingTimeProvider owner) : ITimer
    {
        private int _disposed;

        public object? State { get; } = state;

        public bool IsDisposed => Volatile.Read(ref _disposed) == 1;

        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(dueTime, period);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Disposing();
            }

            inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
