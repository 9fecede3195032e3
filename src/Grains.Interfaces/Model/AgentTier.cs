namespace Routing.Grains.Interfaces.Model;

/// <summary>An agent's tier. Never renumber.</summary>
public enum AgentTier
{
    /// <summary>A regular agent.</summary>
    Regular = 1,

    /// <summary>A senior agent (资深客服), who takes escalated, complex cases.</summary>
    Senior = 2,
}
