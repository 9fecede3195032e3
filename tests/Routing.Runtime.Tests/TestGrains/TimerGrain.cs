using Routing.Runtime.Tests.Infrastructure;

namespace Routing.Runtime.Tests.TestGrains;

[CollectionAgeLimit(Minutes = 3)]
public sealed class TimerGrain : Grain, ITimerGrain
{
    private IGrainTimer? _timer;
    private int _ticks;
    private int _inTick;
    private int _maxInTick;
    private bool _inRequest;
    private bool _overlapped;

    public Task StartTimer(TimeSpan dueTime, TimeSpan period)
    {
        _timer = RegisterGrainTimer(OnTickAsync, dueTime, period);
        return Task.CompletedTask;
    }

    public Task StopTimer()
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    public async Task Hold(string tag)
    {
        _inRequest = true;
        Signals.Set($"entered-{tag}");
        await Signals.WaitAsync($"release-{tag}");
        _inRequest = false;
    }

    public Task<TimerReport> GetReport() => Task.FromResult(new TimerReport(_ticks, _maxInTick, _overlapped));

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Signals.Set($"deactivated-{GetPrimaryKeyString()}", reason.Code.ToString());
        return Task.CompletedTask;
    }

    private async Task OnTickAsync(CancellationToken cancellationToken)
    {
        _maxInTick = Math.Max(_maxInTick, ++_inTick);
        _overlapped |= _inRequest;
        await Task.Yield();
        _ticks++;
        _inTick--;
        Signals.Set($"tick-{GetPrimaryKeyString()}-{_ticks}");
    }
}
