using Routing.Grains.Interfaces.Queues;

namespace Routing.Grains.Queues;

/// <summary>
/// A skill queue's persisted header. The waiting conversations and open offers are not here: each is its own row
/// (<see cref="QueueEntryRecord"/>), so an enqueue writes one small row however long the queue is.
/// </summary>
public sealed class QueueState
{
    public QueueDefinition? Definition { get; set; }

    /// <summary>Agents that reported serving this queue; asked again for their availability after a restart.</summary>
    public HashSet<string> KnownAgents { get; set; } = new(StringComparer.Ordinal);

    public long NextSequence { get; set; }

    public string? RoundRobinCursor { get; set; }

    public QueueCounters Counters { get; set; } = new();
}

/// <summary>An offer this queue made and is waiting to hear the end of.</summary>
public sealed class QueueOffer
{
    public required string OfferId { get; init; }

    public required string AgentId { get; init; }

    public required DateTimeOffset OfferedAt { get; init; }
}

/// <summary>One persisted row per conversation in the queue: waiting, or with an open offer.</summary>
public sealed class QueueEntryRecord
{
    public required WaitingEntry Entry { get; init; }

    public QueueOffer? Offer { get; set; }
}

/// <summary>Counters since the queue was created.</summary>
public sealed class QueueCounters
{
    public long Offers { get; set; }

    public long Answered { get; set; }

    public long AnsweredWithinTarget { get; set; }

    public long Abandoned { get; set; }

    public double TotalAnswerWaitSeconds { get; set; }
}
