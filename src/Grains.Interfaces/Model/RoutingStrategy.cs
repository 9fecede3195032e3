namespace Routing.Grains.Interfaces.Model;

/// <summary>How a queue picks among eligible agents with free capacity. Never renumber.</summary>
public enum RoutingStrategy
{
    /// <summary>The agent with the most free capacity; ties go to the one idle longest (the default).</summary>
    LeastBusy = 1,

    /// <summary>The agent idle longest; ties go to the one with the most free capacity.</summary>
    LongestIdle = 2,

    /// <summary>Agents in turn, in a fixed order, skipping those without free capacity.</summary>
    RoundRobin = 3,
}
