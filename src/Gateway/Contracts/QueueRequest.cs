using Routing.Grains.Interfaces.Model;

namespace Routing.Gateway.Contracts;

/// <summary>Creates or replaces a skill queue (<c>PUT /api/v1/admin/tenants/{tenantId}/queues/{queueId}</c>).</summary>
/// <param name="Skill">The skill an agent needs (required).</param>
/// <param name="DisplayName">A display name, up to 100 characters.</param>
/// <param name="MinProficiency">The proficiency needed, 1-5. Default 1.</param>
/// <param name="Strategy">leastBusy (default), longestIdle or roundRobin.</param>
/// <param name="FirstResponseTargetSeconds">The SLA: answered within this many seconds. Default 180.</param>
/// <param name="OfferTimeoutSeconds">How long an agent has to answer an offer. Default 20.</param>
/// <param name="PreferredAgentWindowSeconds">How long the preferred or last agent gets the first chance; 0 disables it. Default 30.</param>
/// <param name="AgingPerMinute">Priority points gained per minute waited. Default 1.</param>
/// <param name="EscalationSteps">The escalation ladder, in increasing <c>afterSeconds</c>.</param>
/// <param name="MaxQueueLength">Admission control: above this many waiting, new arrivals are offered a callback.</param>
/// <param name="MaxEstimatedWaitSeconds">Admission control: above this estimated wait, new arrivals are offered a callback.</param>
public sealed record QueueRequest(
    string? Skill,
    string? DisplayName = null,
    int? MinProficiency = null,
    RoutingStrategy? Strategy = null,
    double? FirstResponseTargetSeconds = null,
    double? OfferTimeoutSeconds = null,
    double? PreferredAgentWindowSeconds = null,
    double? AgingPerMinute = null,
    IReadOnlyList<EscalationStepDto>? EscalationSteps = null,
    int? MaxQueueLength = null,
    double? MaxEstimatedWaitSeconds = null);
