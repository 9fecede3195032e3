using Routing.Grains.Interfaces.Queues;

namespace Routing.Gateway.Contracts;

/// <summary>One escalation step, taken once a conversation has waited <paramref name="AfterSeconds"/>.</summary>
/// <param name="AfterSeconds">Waiting time since first arrival.</param>
/// <param name="Action">raisePriority, widenPool, overflow, escalateToSenior or offerCallback.</param>
/// <param name="PriorityBoost">raisePriority: points added.</param>
/// <param name="MinProficiency">widenPool: the lower proficiency now enough.</param>
/// <param name="AdditionalSkill">widenPool: another skill now accepted.</param>
/// <param name="OverflowQueueId">overflow: the queue to move to.</param>
public sealed record EscalationStepDto(
    double AfterSeconds,
    EscalationAction Action,
    int PriorityBoost = 0,
    int? MinProficiency = null,
    string? AdditionalSkill = null,
    string? OverflowQueueId = null)
{
    /// <summary>Maps a stored step.</summary>
    public static EscalationStepDto From(EscalationStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new(step.After.TotalSeconds, step.Action, step.PriorityBoost, step.MinProficiency, step.AdditionalSkill, step.OverflowQueueId);
    }

    /// <summary>The grain's step.</summary>
    public EscalationStep ToStep() => new(TimeSpan.FromSeconds(AfterSeconds), Action, PriorityBoost, MinProficiency, AdditionalSkill, OverflowQueueId);
}
