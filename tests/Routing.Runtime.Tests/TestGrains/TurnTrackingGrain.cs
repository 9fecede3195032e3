namespace Routing.Runtime.Tests.TestGrains;

public sealed class TurnTrackingGrain : Grain, ITurnTrackingGrain
{
    private int _inRequest;
    private int _inTurn;
    private int _maxRequests;
    private int _maxTurns;
    private int _completed;
    private bool _leftScheduler;
    private TaskScheduler? _scheduler;

    public async Task Work(int steps)
    {
        _scheduler ??= TaskScheduler.Current;
        _maxRequests = Math.Max(_maxRequests, Interlocked.Increment(ref _inRequest));
        for (var step = 0; step < steps; step++)
        {
            EnterTurn();
            // Plain (non-interlocked) read-modify-write: lost updates would show if two turns ever overlapped.
            var completed = _completed;
            Thread.SpinWait(50);
            _completed = completed;
            ExitTurn();

            if (step % 2 == 0)
            {
                await Task.Yield();
            }
            else
            {
                await GrainFactory.GetGrain<IPingGrain>(GetPrimaryKeyString() + "-peer").Ping();
            }
        }

        EnterTurn();
        _completed++;
        ExitTurn();
        Interlocked.Decrement(ref _inRequest);
    }

    public Task<TurnReport> GetReport() => Task.FromResult(new TurnReport(_completed, _maxRequests, _maxTurns, _leftScheduler));

    private void EnterTurn()
    {
        _maxTurns = Math.Max(_maxTurns, Interlocked.Increment(ref _inTurn));
        _leftScheduler |= TaskScheduler.Current != _scheduler;
    }

    private void ExitTurn() => Interlocked.Decrement(ref _inTurn);
}
