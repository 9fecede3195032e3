namespace Routing.Runtime.Diagnostics;

/// <summary>
/// Counts the work the silo has in hand — admitted messages, activations and deactivations under way, observer
/// calls queued — so a test can wait until the silo has settled instead of sleeping or polling. Registered only
/// by the test host: production silos pay nothing for it.
/// </summary>
/// <remarks>
/// With a fake clock nothing starts by itself, so once the count reaches zero every effect of the last operation,
/// including one-way notifications it caused, has been applied.
/// </remarks>
public sealed class ActivityTracker
{
    private readonly Lock _lock = new();
    private int _inFlight;
    private TaskCompletionSource _idle = NewCompleted();

    /// <summary>Work items in hand.</summary>
    public int InFlight
    {
        get
        {
            lock (_lock)
            {
                return _inFlight;
            }
        }
    }

    internal void Enter()
    {
        lock (_lock)
        {
            if (_inFlight++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    internal void Exit()
    {
        TaskCompletionSource? settled = null;
        lock (_lock)
        {
            if (--_inFlight == 0)
            {
                settled = _idle;
            }
        }

        settled?.TrySetResult();
    }

    /// <summary>Completes when no work is in hand; fails with a <see cref="TimeoutException"/> naming the count otherwise.</summary>
    public async Task WaitForIdleAsync(TimeSpan timeout)
    {
        Task idle;
        lock (_lock)
        {
            idle = _idle.Task;
        }

        try
        {
            await idle.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The silo did not settle within {timeout}: {InFlight} work items still in hand.");
        }

        // Work finishing can start more work (a completed call's caller sends the next one): wait again if so.
        if (InFlight > 0)
        {
            await WaitForIdleAsync(timeout);
        }
    }

    private static TaskCompletionSource NewCompleted()
    {
        var source = new TaskCompletionSource();
        source.SetResult();
        return source;
    }
}
