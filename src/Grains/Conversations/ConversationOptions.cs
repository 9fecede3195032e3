namespace Routing.Grains.Conversations;

/// <summary>How conversations publish their events. Bound from the <c>Routing:Conversations</c> section.</summary>
public sealed class ConversationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Routing:Conversations";

    /// <summary>
    /// How long a conversation gathers its events before appending them to the journal in one write. The events are
    /// stored with the conversation's state at once (an outbox), so nothing is lost meanwhile; the delay only trades
    /// journal freshness for fewer journal writes. Default: 1 second; zero appends with every change; at most 1 minute.
    /// </summary>
    public TimeSpan EventFlushDelay { get; set; } = TimeSpan.FromSeconds(1);
}
