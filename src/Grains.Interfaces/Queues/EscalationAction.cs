namespace Routing.Grains.Interfaces.Queues;

/// <summary>What an escalation step does to a conversation that has waited long enough. Never renumber.</summary>
public enum EscalationAction
{
    /// <summary>Adds <see cref="EscalationStep.PriorityBoost"/> to its priority.</summary>
    RaisePriority = 1,

    /// <summary>Widens the pool, keeping its place: lowers the proficiency needed and/or admits another skill.</summary>
    WidenPool = 2,

    /// <summary>Moves it to <see cref="EscalationStep.OverflowQueueId"/>, keeping its arrival time.</summary>
    Overflow = 3,

    /// <summary>Restricts it to senior agents (资深客服).</summary>
    EscalateToSenior = 4,

    /// <summary>Offers the customer a callback or leave-a-message instead of waiting longer.</summary>
    OfferCallback = 5,
}
