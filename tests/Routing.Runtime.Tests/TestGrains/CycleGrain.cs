using Routing.Runtime.Tests.Infrastructure;

namespace Routing.Runtime.Tests.TestGrains;

public sealed class CycleGrain : Grain, ICycleGrain
{
    public Task<string> Start(string peerKey) => GrainFactory.GetGrain<ICycleGrain>(peerKey).CallBack(GetPrimaryKeyString());

    public Task<string> CallBack(string callerKey)
    {
        Signals.Set($"cycle-callback-{callerKey}");
        return GrainFactory.GetGrain<ICycleGrain>(callerKey).Pong();
    }

    public Task<string> Pong() => Task.FromResult("pong from " + GetPrimaryKeyString());
}

// Reentrant on purpose: the test proves the opt-in lets A serve B's callback while A awaits B.
[Reentrant]
public sealed class ReentrantCycleGrain : Grain, IReentrantCycleGrain
{
    public Task<string> Start(string peerKey) => GrainFactory.GetGrain<IReentrantCycleGrain>(peerKey).CallBack(GetPrimaryKeyString());

    public Task<string> CallBack(string callerKey) => GrainFactory.GetGrain<IReentrantCycleGrain>(callerKey).Pong();

    public Task<string> Pong() => Task.FromResult("pong from " + GetPrimaryKeyString());
}
