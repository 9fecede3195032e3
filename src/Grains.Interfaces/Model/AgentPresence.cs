namespace Routing.Grains.Interfaces.Model;

/// <summary>An agent's presence. "Busy" is not a presence: it is derived from free capacity. Never renumber.</summary>
public enum AgentPresence
{
    /// <summary>Takes new offers while capacity is free.</summary>
    Available = 1,

    /// <summary>Keeps current conversations, takes no new offers.</summary>
    Away = 2,

    /// <summary>Signed off: open offers are withdrawn and assigned conversations go back to their queue.</summary>
    Offline = 3,

    /// <summary>Let an offer time out; takes no new offers until the agent sets a presence again.</summary>
    NotResponding = 4,
}
