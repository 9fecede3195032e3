using Routing.Grains.Interfaces.Model;

namespace Routing.Grains.Interfaces.Queues;

/// <summary>How one skill queue routes. Validate with <see cref="QueueDefinitionValidator"/>.</summary>
public sealed record QueueDefinition
{
    /// <summary>The queue id within its tenant.</summary>
    public required string QueueId { get; init; }

    /// <summary>A display name.</summary>
    public string DisplayName { get; init; } = "";

    /// <summary>The skill an agent needs.</summary>
    public required string Skill { get; init; }

    /// <summary>The proficiency (1–5) an agent needs in <see cref="Skill"/>. Default 1.</summary>
    public int MinProficiency { get; init; } = 1;

    /// <summary>How to pick among eligible agents. Default: least busy, ties to the longest idle.</summary>
    public RoutingStrategy Strategy { get; init; } = RoutingStrategy.LeastBusy;

    /// <summary>The first-response target: a conversation not offered by then breaches the SLA. Default 180 s.</summary>
    public TimeSpan FirstResponseTarget { get; init; } = TimeSpan.FromSeconds(180);

    /// <summary>Escalation steps, in increasing <see cref="EscalationStep.After"/>.</summary>
    public IReadOnlyList<EscalationStep> EscalationSteps { get; init; } = [];

    /// <summary>How long an agent has to answer an offer. Default 20 s.</summary>
    public TimeSpan OfferTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long the customer's preferred or last agent gets the first chance. Default 30 s; zero disables it.</summary>
    public TimeSpan PreferredAgentWindow { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Priority points a conversation gains per minute of waiting, so none starves. Default 1.</summary>
    public double AgingPerMinute { get; init; } = 1;

    /// <summary>Admission control: above this many waiting, new arrivals are offered a callback. Null: no limit.</summary>
    public int? MaxQueueLength { get; init; }

    /// <summary>Admission control: above this estimated wait, new arrivals are offered a callback. Null: no limit.</summary>
    public TimeSpan? MaxEstimatedWait { get; init; }
}
