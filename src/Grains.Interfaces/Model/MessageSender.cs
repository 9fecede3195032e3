namespace Routing.Grains.Interfaces.Model;

/// <summary>Who wrote a transcript entry. Never renumber.</summary>
public enum MessageSender
{
    /// <summary>The customer.</summary>
    Customer = 1,

    /// <summary>The bot.</summary>
    Bot = 2,

    /// <summary>An agent.</summary>
    Agent = 3,

    /// <summary>The system (routing notices).</summary>
    System = 4,
}
