namespace Routing.Runtime.Tests.TestGrains;

/// <summary>A calls B, B calls back A: a deadlock for non-reentrant grains.</summary>
public interface ICycleGrain : IGrainWithStringKey
{
    Task<string> Start(string peerKey);

    Task<string> CallBack(string callerKey);

    Task<string> Pong();
}

public interface IReentrantCycleGrain : IGrainWithStringKey
{
    Task<string> Start(string peerKey);

    Task<string> CallBack(string callerKey);

    Task<string> Pong();
}
