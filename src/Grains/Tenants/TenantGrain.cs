using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Queues;
using Routing.Grains.Interfaces.Tenants;
using Routing.Runtime;

namespace Routing.Grains.Tenants;

/// <summary>
/// A tenant's configuration: its queues (pushed to each queue grain) and its agent roster (so a queue change reaches
/// the agents whose skills it needs). It calls queues, and tells agents one-way only.
/// </summary>
public sealed class TenantGrain([PersistentState("tenant")] IPersistentState<TenantState> store) : Grain, ITenantGrain
{
    public async Task UpsertQueue(QueueDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = QueueDefinitionValidator.Validate(definition);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors.Select(error => $"{error.Key}: {error.Value}")), nameof(definition));
        }

        store.State.Queues[definition.QueueId] = definition;
        await store.WriteStateAsync();
        await GrainFactory.GetGrain<ISkillQueueGrain>(Identifiers.Scoped(GetPrimaryKeyString(), definition.QueueId)).Configure(definition);
        foreach (var agentId in store.State.Agents.Keys)
        {
            await GrainFactory.GetGrain<IAgentGrain>(Identifiers.Scoped(GetPrimaryKeyString(), agentId)).OnQueuesChanged();
        }
    }

    public Task<QueueDefinition?> GetQueue(string queueId) => Task.FromResult(store.State.Queues.GetValueOrDefault(queueId));

    public Task<IReadOnlyList<QueueDefinition>> GetQueues() => Task.FromResult<IReadOnlyList<QueueDefinition>>([.. store.State.Queues.Values.OrderBy(queue => queue.QueueId, StringComparer.Ordinal)]);

    public async Task<IReadOnlyList<string>> RegisterAgent(string agentId, IReadOnlyDictionary<string, int> skills)
    {
        ArgumentNullException.ThrowIfNull(skills);
        store.State.Agents[agentId] = new Dictionary<string, int>(skills, StringComparer.Ordinal);
        await store.WriteStateAsync();
        return [.. store.State.Queues.Values.Where(queue => Serves(queue, skills)).Select(queue => queue.QueueId).Order(StringComparer.Ordinal)];
    }

    /// <summary>An agent serves a queue with its main skill, or with a skill an escalation step may admit later.</summary>
    private static bool Serves(QueueDefinition queue, IReadOnlyDictionary<string, int> skills)
        => skills.ContainsKey(queue.Skill)
            || queue.EscalationSteps.Any(step => step.AdditionalSkill is { } skill && skills.ContainsKey(skill));
}
