using Routing.Gateway.Contracts;
using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Queues;
using Routing.Grains.Interfaces.Tenants;
using Routing.Runtime;

namespace Routing.Gateway.Services;

/// <summary>Reads a tenant's live queue and agent figures from the queue and agent grains (read-only calls, in parallel).</summary>
public sealed class TenantStatsReader(IGrainFactory grains, TimeProvider time)
{
    /// <summary>Above this share of the first-response target, the longest wait puts the SLA at risk.</summary>
    public const double AtRiskShareOfTarget = 0.8;

    /// <summary>Below this service level, the SLA is at risk.</summary>
    public const double AtRiskServiceLevel = 0.8;

    /// <summary>The figures now.</summary>
    public async Task<SupervisorStatsDto> ReadAsync(string tenantId)
    {
        var tenant = grains.GetGrain<ITenantGrain>(tenantId);
        var definitionsTask = tenant.GetQueues();
        var agentIdsTask = tenant.GetAgentIds();
        var definitions = await definitionsTask;
        var agentIds = await agentIdsTask;
        var snapshots = Task.WhenAll(definitions.Select(queue => grains.GetGrain<ISkillQueueGrain>(Identifiers.Scoped(tenantId, queue.QueueId)).GetSnapshot()));
        var agents = Task.WhenAll(agentIds.Select(agentId => grains.GetGrain<IAgentGrain>(Identifiers.Scoped(tenantId, agentId)).GetView()));
        var queueStats = definitions.Zip(await snapshots, ToQueueStats).ToArray();
        var agentStats = (await agents).Select(ToAgentStats).ToArray();
        var byPresence = Enum.GetValues<AgentPresence>().ToDictionary(
            presence => Camel(presence.ToString()),
            presence => agentStats.Count(agent => agent.Presence == presence),
            StringComparer.Ordinal);
        return new SupervisorStatsDto(tenantId, time.GetUtcNow(), queueStats, agentStats, byPresence);
    }

    private static QueueStatsDto ToQueueStats(QueueDefinition definition, QueueSnapshot snapshot)
    {
        double? serviceLevel = snapshot.Answered == 0 ? null : (double)snapshot.AnsweredWithinTarget / snapshot.Answered;
        var ended = snapshot.Answered + snapshot.Abandoned;
        double? abandonment = ended == 0 ? null : (double)snapshot.Abandoned / ended;
        var target = definition.FirstResponseTarget.TotalSeconds;
        var atRisk = (snapshot.Waiting > 0 && snapshot.LongestWait.TotalSeconds >= AtRiskShareOfTarget * target) || serviceLevel < AtRiskServiceLevel;
        return new QueueStatsDto(
            definition.QueueId, definition.DisplayName, snapshot.Waiting, snapshot.Offered, Math.Round(snapshot.LongestWait.TotalSeconds, 1),
            snapshot.AgentsAvailable, snapshot.AgentsKnown, snapshot.Answered, snapshot.AnsweredWithinTarget, serviceLevel, snapshot.Abandoned,
            abandonment, Math.Round(snapshot.AverageSpeedOfAnswer.TotalSeconds, 1), target, atRisk);
    }

    private static AgentStatsDto ToAgentStats(AgentView view)
        => new(view.AgentId, view.Profile?.DisplayName, view.Presence, view.Offers.Count, view.Assignments.Count, view.WrapUps.Count, view.Profile?.Capacity ?? 0, view.FreeSlots);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
