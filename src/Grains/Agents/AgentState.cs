using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Model;

namespace Routing.Grains.Agents;

/// <summary>An agent's persisted state. Slots in use = open offers + assignments + wrap-ups.</summary>
public sealed class AgentState
{
    public AgentProfile? Profile { get; set; }

    public AgentPresence Presence { get; set; } = AgentPresence.Offline;

    /// <summary>Open offers by offer id.</summary>
    public Dictionary<string, OpenOffer> Offers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Assigned conversation id → the queue it came from.</summary>
    public Dictionary<string, string> Assignments { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Conversation id → when its wrap-up ends.</summary>
    public Dictionary<string, DateTimeOffset> WrapUps { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The queues this agent reports its availability to.</summary>
    public List<string> Queues { get; set; } = [];

    public DateTimeOffset IdleSince { get; set; }

    public long Version { get; set; }
}
