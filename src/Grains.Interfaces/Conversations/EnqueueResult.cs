namespace Routing.Grains.Interfaces.Conversations;

/// <summary>The answer to an enqueue.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Position">1-based position when queued.</param>
/// <param name="EstimatedWait">Estimated wait when queued, or the estimate that caused a refusal.</param>
/// <param name="Reason">Why admission was refused.</param>
public sealed record EnqueueResult(EnqueueOutcome Outcome, int? Position, TimeSpan? EstimatedWait, string? Reason = null);
