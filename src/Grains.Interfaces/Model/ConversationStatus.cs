namespace Routing.Grains.Interfaces.Model;

/// <summary>Where a conversation is in its lifecycle. Stored and sent on the wire: never renumber.</summary>
public enum ConversationStatus
{
    /// <summary>Not started yet (no grain state).</summary>
    None = 0,

    /// <summary>Started; not yet with the bot or a queue.</summary>
    Created = 1,

    /// <summary>The bot is answering.</summary>
    BotStage = 2,

    /// <summary>Waiting in a skill queue.</summary>
    Queued = 3,

    /// <summary>Offered to an agent, who has not answered yet.</summary>
    Offered = 4,

    /// <summary>Assigned to an agent.</summary>
    Assigned = 5,

    /// <summary>Ended by the agent, who is doing after-contact work.</summary>
    WrapUp = 6,

    /// <summary>Closed after service.</summary>
    Closed = 7,

    /// <summary>The customer left while waiting.</summary>
    Abandoned = 8,

    /// <summary>The customer chose (or was offered, by admission control) a callback.</summary>
    Callback = 9,

    /// <summary>The customer left a message to be answered later.</summary>
    LeftMessage = 10,

    /// <summary>Turned into a ticket (工单) to be handled later.</summary>
    Ticketed = 11,
}
