namespace Routing.Gateway.Contracts;

/// <summary>One queue's live figures.</summary>
/// <param name="QueueId">The queue.</param>
/// <param name="DisplayName">Its display name.</param>
/// <param name="Waiting">Conversations waiting, not counting open offers.</param>
/// <param name="Offered">Open offers.</param>
/// <param name="LongestWaitSeconds">The longest current wait.</param>
/// <param name="AgentsAvailable">Agents taking offers with a free slot.</param>
/// <param name="AgentsKnown">Agents serving the queue.</param>
/// <param name="Answered">Conversations answered (offer accepted).</param>
/// <param name="AnsweredWithinTarget">Of those, answered within the first-response target.</param>
/// <param name="ServiceLevel">AnsweredWithinTarget / Answered (0-1), or null before the first answer.</param>
/// <param name="Abandoned">Conversations that left while waiting.</param>
/// <param name="AbandonmentRate">Abandoned / (answered + abandoned), or null before either.</param>
/// <param name="AverageSpeedOfAnswerSeconds">Average wait of answered conversations.</param>
/// <param name="FirstResponseTargetSeconds">The queue's SLA target.</param>
/// <param name="SlaAtRisk">True when the longest wait passed 80 % of the target or the service level is under 80 %.</param>
public sealed record QueueStatsDto(
    string QueueId,
    string DisplayName,
    int Waiting,
    int Offered,
    double LongestWaitSeconds,
    int AgentsAvailable,
    int AgentsKnown,
    long Answered,
    long AnsweredWithinTarget,
    double? ServiceLevel,
    long Abandoned,
    double? AbandonmentRate,
    double AverageSpeedOfAnswerSeconds,
    double FirstResponseTargetSeconds,
    bool SlaAtRisk);
