namespace Routing.Runtime.Tests.TestGrains;

/// <summary>Records overlapping requests, to prove that a non-reentrant grain runs one request at a time.</summary>
public interface ITurnTrackingGrain : IGrainWithStringKey
{
    /// <summary>Does some awaiting work and another grain call while holding the activation.</summary>
    Task Work(int steps);

    Task<TurnReport> GetReport();
}

public sealed record TurnReport(int Completed, int MaxConcurrentRequests, int MaxConcurrentTurns, bool LeftScheduler);
