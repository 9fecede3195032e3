using Routing.Grains.Interfaces.Queues;

namespace Routing.Grains.Queues;

/// <summary>A skill queue's persisted state: enough to rebuild its waiting list, offers and timer after a restart.</summary>
public sealed class QueueState
{
    public QueueDefinition? Definition { get; set; }

    /// <summary>Waiting conversations (order is rebuilt from their priority and arrival).</summary>
    public List<WaitingEntry> Waiting { get; set; } = [];

    /// <summary>Open offers by conversation id.</summary>
    public Dictionary<string, QueueOffer> Offers { get; set; } = new(StringComparer.Ordinal);

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

    public required WaitingEntry Entry { get; init; }
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
