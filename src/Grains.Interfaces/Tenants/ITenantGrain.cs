using Routing.Grains.Interfaces.Queues;
using Routing.Runtime;

namespace Routing.Grains.Interfaces.Tenants;

/// <summary>A tenant's configuration (key <c>tenant</c>): its queues and the roster of its agents.</summary>
public interface ITenantGrain : IGrainWithStringKey
{
    /// <summary>Creates or replaces a queue; throws <see cref="ArgumentException"/> naming the invalid fields.</summary>
    Task UpsertQueue(QueueDefinition definition);

    /// <summary>A queue, or null.</summary>
    [ReadOnly]
    Task<QueueDefinition?> GetQueue(string queueId);

    /// <summary>All queues.</summary>
    [ReadOnly]
    Task<IReadOnlyList<QueueDefinition>> GetQueues();

    /// <summary>Registers an agent's skills; returns the ids of the queues that can use them.</summary>
    Task<IReadOnlyList<string>> RegisterAgent(string agentId, IReadOnlyDictionary<string, int> skills);
}
