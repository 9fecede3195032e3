namespace Routing.Grains.Interfaces.Queues;

/// <summary>A queue's live figures, for supervisors and metrics.</summary>
/// <param name="QueueId">The queue.</param>
/// <param name="Waiting">Conversations waiting (not counting open offers).</param>
/// <param name="Offered">Open offers.</param>
/// <param name="LongestWait">The longest current wait.</param>
/// <param name="AgentsAvailable">Agents accepting offers with a free slot.</param>
/// <param name="AgentsKnown">Agents serving the queue.</param>
/// <param name="Offers">Offers made since activation.</param>
/// <param name="Answered">Offers accepted since activation.</param>
/// <param name="AnsweredWithinTarget">Of those, answered within the first-response target.</param>
/// <param name="Abandoned">Conversations that left while waiting.</param>
/// <param name="AverageSpeedOfAnswer">Average wait of answered conversations.</param>
/// <param name="WaitingConversationIds">Waiting conversations in queue order.</param>
public sealed record QueueSnapshot(
    string QueueId,
    int Waiting,
    int Offered,
    TimeSpan LongestWait,
    int AgentsAvailable,
    int AgentsKnown,
    long Offers,
    long Answered,
    long AnsweredWithinTarget,
    long Abandoned,
    TimeSpan AverageSpeedOfAnswer,
    IReadOnlyList<string> WaitingConversationIds);
