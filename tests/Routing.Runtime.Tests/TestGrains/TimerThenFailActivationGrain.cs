namespace Routing.Runtime.Tests.TestGrains;

public sealed class TimerThenFailActivationGrain : Grain, ITimerThenFailActivationGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        RegisterGrainTimer(static _ => Task.CompletedTask, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        throw new InvalidOperationException($"activation of {GetPrimaryKeyString()} failed after registering a timer");
    }

    public Task<string> Hello() => Task.FromResult("hello");
}
