namespace Routing.Grains.Interfaces.Agents;

/// <summary>How an offer ended. Never renumber.</summary>
public enum OfferOutcome
{
    /// <summary>The agent accepted: the conversation is assigned.</summary>
    Accepted = 1,

    /// <summary>The agent rejected it.</summary>
    Rejected = 2,

    /// <summary>The agent did not answer in time (and became not responding).</summary>
    Expired = 3,

    /// <summary>Withdrawn: the agent went offline, or the conversation left the queue.</summary>
    Withdrawn = 4,
}
