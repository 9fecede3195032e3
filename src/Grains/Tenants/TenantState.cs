using Routing.Grains.Interfaces.Queues;

namespace Routing.Grains.Tenants;

/// <summary>A tenant's persisted configuration.</summary>
public sealed class TenantState
{
    public Dictionary<string, QueueDefinition> Queues { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Agent id → its skills, to tell agents which queues need them.</summary>
    public Dictionary<string, Dictionary<string, int>> Agents { get; set; } = new(StringComparer.Ordinal);
}
