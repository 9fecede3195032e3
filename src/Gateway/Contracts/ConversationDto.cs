using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;

namespace Routing.Gateway.Contracts;

/// <summary>A conversation as channels, agents and supervisors read it (see docs/api.md).</summary>
public sealed record ConversationDto
{
    /// <summary>The conversation id.</summary>
    public required string Id { get; init; }

    /// <summary>The tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>Where it is in its lifecycle.</summary>
    public required ConversationStatus Status { get; init; }

    /// <summary>The customer.</summary>
    public string? CustomerId { get; init; }

    /// <summary>Where it came from.</summary>
    public Channel? Channel { get; init; }

    /// <summary>The customer's tier.</summary>
    public CustomerTier? Tier { get; init; }

    /// <summary>What the customer wants.</summary>
    public Intent? Intent { get; init; }

    /// <summary>The order it is about.</summary>
    public string? OrderId { get; init; }

    /// <summary>The queue it waits in or was served from.</summary>
    public string? QueueId { get; init; }

    /// <summary>1-based position while queued.</summary>
    public int? QueuePosition { get; init; }

    /// <summary>Estimated wait while queued, in seconds.</summary>
    public double? EstimatedWaitSeconds { get; init; }

    /// <summary>The agent it is offered or assigned to.</summary>
    public string? AgentId { get; init; }

    /// <summary>The assigned agent's display name.</summary>
    public string? AgentDisplayName { get; init; }

    /// <summary>Why it went to a human.</summary>
    public string? HandoffReason { get; init; }

    /// <summary>True when the customer was offered a callback or leave-a-message.</summary>
    public bool CallbackOffered { get; init; }

    /// <summary>The transcript (masked).</summary>
    public IReadOnlyList<TranscriptEntryDto> Transcript { get; init; } = [];

    /// <summary>The satisfaction rating, once given.</summary>
    public SatisfactionRating? Satisfaction { get; init; }

    /// <summary>Maps the grain's view.</summary>
    public static ConversationDto From(ConversationView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            Id = view.ConversationId,
            TenantId = view.TenantId,
            Status = view.Status,
            CustomerId = view.Context?.CustomerId,
            Channel = view.Context?.Channel,
            Tier = view.Context?.Tier,
            Intent = view.Context?.Intent,
            OrderId = view.Context?.OrderId,
            QueueId = view.QueueId,
            QueuePosition = view.QueuePosition,
            EstimatedWaitSeconds = view.EstimatedWait?.TotalSeconds,
            AgentId = view.AgentId,
            AgentDisplayName = view.AgentDisplayName,
            HandoffReason = view.Context?.HandoffReason,
            CallbackOffered = view.CallbackOffered,
            Transcript = [.. view.Transcript.Select(TranscriptEntryDto.From)],
            Satisfaction = view.Satisfaction,
        };
    }
}
