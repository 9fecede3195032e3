namespace Routing.Grains.Interfaces.Agents;

/// <summary>The agent's answer when a queue tries to reserve it for an offer. Never renumber.</summary>
public enum ReserveResult
{
    /// <summary>The offer is open with the agent.</summary>
    Reserved = 1,

    /// <summary>No free slot (the queue's view was stale).</summary>
    NoCapacity = 2,

    /// <summary>The agent is not available (away, offline, not responding).</summary>
    NotAvailable = 3,

    /// <summary>The agent already holds this conversation (offer or assignment).</summary>
    AlreadyHeld = 4,
}
