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

    /// <summary>
    /// Agents who rejected this conversation or let its offer expire, with the time until which they are passed over.
    /// Only for a while: a conversation every eligible agent has declined must still be served, never stuck.
    /// </summary>
    public Dictionary<string, DateTimeOffset> DeclinedUntil { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How long an agent who declined a conversation is passed over for it.</summary>
    public static readonly TimeSpan DeclineCooldown = TimeSpan.FromSeconds(60);

    /// <summary>Passes an agent over for this conversation for <see cref="DeclineCooldown"/>.</summary>
    public void DeclinedBy(string agentId, DateTimeOffset now) => DeclinedUntil[agentId] = now + DeclineCooldown;

    /// <summary>Whether an agent is still passed over for this conversation.</summary>
    public bool IsDeclinedBy(string agentId, DateTimeOffset now) => DeclinedUntil.TryGetValue(agentId, out var until) && until > now;

    public bool CallbackOffered { get; set; }
}
