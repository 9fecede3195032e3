using Routing.Grains.Interfaces.Conversations;

namespace Routing.Gateway.Contracts;

/// <summary>What a handoff did.</summary>
/// <param name="Outcome">Queued, already queued, or refused by admission control (a callback is offered instead).</param>
/// <param name="QueueId">The queue.</param>
/// <param name="Position">1-based position when queued.</param>
/// <param name="EstimatedWaitSeconds">Estimated wait when queued.</param>
/// <param name="Reason">Why admission was refused.</param>
public sealed record HandoffResponse(EnqueueOutcome Outcome, string QueueId, int? Position, double? EstimatedWaitSeconds, string? Reason);
