using Routing.Grains.Interfaces.Model;

namespace Routing.Grains.Interfaces.Conversations;

/// <summary>A conversation's state, as channels, agents and supervisors read it.</summary>
public sealed record ConversationView
{
    /// <summary>The conversation id (without the tenant prefix).</summary>
    public required string ConversationId { get; init; }

    /// <summary>The tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>Where it is in its lifecycle.</summary>
    public required ConversationStatus Status { get; init; }

    /// <summary>Customer, intent and the rest of the context.</summary>
    public ConversationContext? Context { get; init; }

    /// <summary>The queue it waits in or was served from.</summary>
    public string? QueueId { get; init; }

    /// <summary>The agent it is offered or assigned to.</summary>
    public string? AgentId { get; init; }

    /// <summary>The assigned agent's display name.</summary>
    public string? AgentDisplayName { get; init; }

    /// <summary>1-based queue position while queued.</summary>
    public int? QueuePosition { get; init; }

    /// <summary>Estimated wait while queued.</summary>
    public TimeSpan? EstimatedWait { get; init; }

    /// <summary>True when the customer was offered a callback or leave-a-message.</summary>
    public bool CallbackOffered { get; init; }

    /// <summary>Every status change with its time, oldest first.</summary>
    public IReadOnlyList<StatusChange> Timeline { get; init; } = [];

    /// <summary>The transcript.</summary>
    public IReadOnlyList<TranscriptEntry> Transcript { get; init; } = [];

    /// <summary>The satisfaction rating, once given.</summary>
    public SatisfactionRating? Satisfaction { get; init; }

    /// <summary>The agent's wrap-up code (disposition), once closed by the agent.</summary>
    public string? WrapUpCode { get; init; }

    /// <summary>From assignment to close, once closed.</summary>
    public TimeSpan? HandleTime { get; init; }
}

/// <summary>One status change.</summary>
/// <param name="Status">The new status.</param>
/// <param name="At">When, by the silo clock.</param>
public sealed record StatusChange(ConversationStatus Status, DateTimeOffset At);

/// <summary>A satisfaction rating (1–5) with an optional comment.</summary>
/// <param name="Score">1–5.</param>
/// <param name="Comment">Optional, at most 1,000 characters.</param>
/// <param name="At">When it was given.</param>
public sealed record SatisfactionRating(int Score, string? Comment, DateTimeOffset At);
