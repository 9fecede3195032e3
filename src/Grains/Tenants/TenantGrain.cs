using Routing.Grains.Interfaces.Access;
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

    public Task<IReadOnlyList<string>> GetAgentIds() => Task.FromResult<IReadOnlyList<string>>([.. store.State.Agents.Keys.Order(StringComparer.Ordinal)]);

    public async Task<TenantSettings> Configure(TenantSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrWhiteSpace(settings.DisplayName) || settings.DisplayName.Length > 100)
        {
            throw new ArgumentException("displayName must be 1-100 characters.", nameof(settings));
        }

        if (settings.RateLimitPerSecond is < 1 or > TenantSettings.MaxRateLimitPerSecond)
        {
            throw new ArgumentException($"rateLimitPerSecond must be 1-{TenantSettings.MaxRateLimitPerSecond}.", nameof(settings));
        }

        store.State.Settings = settings;
        await store.WriteStateAsync();
        return settings;
    }

    public Task<TenantSettings?> GetSettings() => Task.FromResult(store.State.Settings);

    public async Task<ApiKeyInfo> RegisterApiKey(string apiKey)
    {
        if (apiKey is null || apiKey.Length is < 12 or > 200)
        {
            throw new ArgumentException("An API key must be 12-200 characters.", nameof(apiKey));
        }

        var hash = ApiKeyHash.Of(apiKey);
        if (store.State.ApiKeys.FirstOrDefault(pair => pair.Value.Hash == hash) is { Key: not null } existing)
        {
            return new ApiKeyInfo(existing.Key, existing.Value.CreatedAt);
        }

        // The key id is a prefix of the hash: stable, public, and useless for signing in.
        var keyId = "key-" + hash[..12];
        var stored = new StoredApiKey(hash, TimeProvider.GetUtcNow());
        await GrainFactory.GetGrain<IApiKeyGrain>(hash).Grant(new ApiKeyGrant(GetPrimaryKeyString(), keyId));
        store.State.ApiKeys[keyId] = stored;
        await store.WriteStateAsync();
        return new ApiKeyInfo(keyId, stored.CreatedAt);
    }

    public async Task<bool> RevokeApiKey(string keyId)
    {
        if (keyId is null || !store.State.ApiKeys.Remove(keyId, out var stored))
        {
            return false;
        }

        await GrainFactory.GetGrain<IApiKeyGrain>(stored.Hash).Revoke();
        await store.WriteStateAsync();
        return true;
    }

    public Task<IReadOnlyList<ApiKeyInfo>> GetApiKeys()
        => Task.FromResult<IReadOnlyList<ApiKeyInfo>>([.. store.State.ApiKeys.OrderBy(pair => pair.Value.CreatedAt).Select(pair => new ApiKeyInfo(pair.Key, pair.Value.CreatedAt))]);

    /// <summary>An agent serves a queue with its main skill, or with a skill an escalation step may admit later.</summary>
    private static bool Serves(QueueDefinition queue, IReadOnlyDictionary<string, int> skills)
        => skills.ContainsKey(queue.Skill)
            || queue.EscalationSteps.Any(step => step.AdditionalSkill is { } skill && skills.ContainsKey(skill));
}
