namespace Routing.Grains.Interfaces.Queues;

/// <summary>What removing a conversation from a queue found. Never renumber.</summary>
public enum RemoveOutcome
{
    /// <summary>It was waiting and is removed.</summary>
    Removed = 1,

    /// <summary>It had an open offer, which was withdrawn.</summary>
    OfferWithdrawn = 2,

    /// <summary>The agent had already accepted it: it is assigned, not removed.</summary>
    AlreadyAssigned = 3,

    /// <summary>The queue did not hold it.</summary>
    NotFound = 4,
}
