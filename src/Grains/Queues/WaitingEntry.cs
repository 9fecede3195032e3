using Routing.Grains.Interfaces.Conversations;

namespace Routing.Grains.Queues;

/// <summary>One waiting conversation in a queue's state. Mutable: owned by its queue grain's turns only.</summary>
public sealed class WaitingEntry
{
    public required string ConversationId { get; init; }

    public required DateTimeOffset ArrivedAt { get; init; }

    /// <summary>Breaks ties between equal priority and arrival, in enqueue order.</summary>
    public required long Sequence { get; init; }

    public double BasePriority { get; set; }

    public required ConversationContext Context { get; init; }

    public string? PreferredAgentId { get; set; }

    public DateTimeOffset? PreferredUntil { get; set; }

    public bool SeniorOnly { get; set; }

    public int MinProficiency { get; set; }

    public List<string> AdditionalSkills { get; set; } = [];

    /// <summary>Index of the next escalation step to apply.</summary>
    public int NextStep { get; set; }

    /// <summary>Agents who rejected or let this conversation's offer expire: not offered it again.</summary>
    public List<string> DeclinedBy { get; set; } = [];

    public bool CallbackOffered { get; set; }
}
