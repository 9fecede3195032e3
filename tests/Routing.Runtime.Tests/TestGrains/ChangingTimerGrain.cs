using Routing.Runtime.Tests.Infrastructure;

namespace Routing.Runtime.Tests.TestGrains;

public sealed class ChangingTimerGrain : Grain, IChangingTimerGrain
{
    private IGrainTimer? _timer;
    private bool _gateTicks;
    private (TimeSpan DueTime, TimeSpan Period)? _changeInNextTick;
    private int _started;
    private int _ended;
    private int _running;
    private int _maxRunning;

    private IGrainTimer Timer => _timer ?? throw new InvalidOperationException("StartTimer was not called.");

    public Task StartTimer(TimeSpan dueTime, TimeSpan period, bool interleave, bool gateTicks)
    {
        _gateTicks = gateTicks;
        _timer = RegisterGrainTimer(
            static (self, cancellationToken) => self.OnTickAsync(),
            this,
            new GrainTimerCreationOptions { DueTime = dueTime, Period = period, Interleave = interleave });
        return Task.CompletedTask;
    }

    public Task ChangeTimer(TimeSpan dueTime, TimeSpan period)
    {
        Timer.Change(dueTime, period);
        return Task.CompletedTask;
    }

    public Task ChangeTimerInNextTick(TimeSpan dueTime, TimeSpan period)
    {
        _changeInNextTick = (dueTime, period);
        return Task.CompletedTask;
    }

    public Task<ChangingTimerReport> GetReport() => Task.FromResult(new ChangingTimerReport(_ended, _maxRunning));

    private async Task OnTickAsync()
    {
        var key = GetPrimaryKeyString();
        var tick = ++_started;
        _maxRunning = Math.Max(_maxRunning, ++_running);
        Signals.Set($"timer-started-{key}-{tick}");
        if (_gateTicks)
        {
            await Signals.WaitAsync($"timer-release-{key}-{tick}");
        }
        else
        {
            await Task.Yield();
        }

        if (_changeInNextTick is { } change)
        {
            _changeInNextTick = null;
            Timer.Change(change.DueTime, change.Period);
        }

        _running--;
        _ended++;
        Signals.Set($"timer-ended-{key}-{tick}");
    }
}
