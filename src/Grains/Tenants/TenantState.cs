using Routing.Grains.Interfaces.Access;
using Routing.Grains.Interfaces.Queues;

namespace Routing.Grains.Tenants;

/// <summary>A tenant's persisted configuration.</summary>
public sealed class TenantState
{
    public Dictionary<string, QueueDefinition> Queues { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Agent id → its skills, to tell agents which queues need them.</summary>
    public Dictionary<string, Dictionary<string, int>> Agents { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The tenant's settings, once configured.</summary>
    public TenantSettings? Settings { get; set; }

    /// <summary>Key id → the registered channel API key (its hash only).</summary>
    public Dictionary<string, StoredApiKey> ApiKeys { get; set; } = new(StringComparer.Ordinal);
}
