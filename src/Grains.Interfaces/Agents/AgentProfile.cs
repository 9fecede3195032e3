using Routing.Grains.Interfaces.Model;

namespace Routing.Grains.Interfaces.Agents;

/// <summary>An agent's configuration. Validate with <see cref="AgentProfileValidator"/>.</summary>
public sealed record AgentProfile
{
    /// <summary>The name customers see.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Skill → proficiency (1–5).</summary>
    public required IReadOnlyDictionary<string, int> Skills { get; init; }

    /// <summary>Concurrent conversations (assignments plus open offers). Default 3, range 1–10.</summary>
    public int Capacity { get; init; } = 3;

    /// <summary>Regular or senior.</summary>
    public AgentTier Tier { get; init; } = AgentTier.Regular;

    /// <summary>How long after-contact work holds a slot after a conversation closes. Default 30 s; 0–30 minutes.</summary>
    public TimeSpan WrapUpTime { get; init; } = TimeSpan.FromSeconds(30);
}
