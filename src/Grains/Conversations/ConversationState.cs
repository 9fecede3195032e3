using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Events;
using Routing.Grains.Interfaces.Model;

namespace Routing.Grains.Conversations;

/// <summary>A conversation's persisted state, including the events not yet in the journal (an outbox).</summary>
public sealed class ConversationState
{
    public ConversationStatus Status { get; set; }

    public ConversationContext? Context { get; set; }

    public string? QueueId { get; set; }

    public DateTimeOffset? ArrivedAt { get; set; }

    public double BasePriority { get; set; }

    public string? AgentId { get; set; }

    public string? AgentDisplayName { get; set; }

    public string? OfferId { get; set; }

    public DateTimeOffset? AssignedAt { get; set; }

    public TimeSpan? HandleTime { get; set; }

    public string? WrapUpCode { get; set; }

    public bool CallbackOffered { get; set; }

    public List<StatusChange> Timeline { get; set; } = [];

    public List<TranscriptEntry> Transcript { get; set; } = [];

    public SatisfactionRating? Satisfaction { get; set; }

    /// <summary>Events written with the state but not yet appended to the journal.</summary>
    public List<ConversationEvent> PendingEvents { get; set; } = [];

    /// <summary>The journal stream's version after the last successful append.</summary>
    public long JournalVersion { get; set; }
}
