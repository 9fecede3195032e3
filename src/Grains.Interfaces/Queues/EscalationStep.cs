namespace Routing.Grains.Interfaces.Queues;

/// <summary>One step of a queue's escalation ladder, taken once a conversation has waited <see cref="After"/>.</summary>
/// <param name="After">Waiting time (since arrival in the first queue) after which the step applies.</param>
/// <param name="Action">What the step does.</param>
/// <param name="PriorityBoost">For <see cref="EscalationAction.RaisePriority"/>: points added.</param>
/// <param name="MinProficiency">For <see cref="EscalationAction.WidenPool"/>: the lower proficiency now enough (1–5).</param>
/// <param name="AdditionalSkill">For <see cref="EscalationAction.WidenPool"/>: another skill now accepted.</param>
/// <param name="OverflowQueueId">For <see cref="EscalationAction.Overflow"/>: the queue to move to.</param>
public sealed record EscalationStep(
    TimeSpan After,
    EscalationAction Action,
    int PriorityBoost = 0,
    int? MinProficiency = null,
    string? AdditionalSkill = null,
    string? OverflowQueueId = null);
