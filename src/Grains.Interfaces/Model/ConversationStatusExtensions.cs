namespace Routing.Grains.Interfaces.Model;

/// <summary>Classifies conversation statuses.</summary>
public static class ConversationStatusExtensions
{
    /// <summary>True for statuses after which nothing more happens to the conversation.</summary>
    public static bool IsEnded(this ConversationStatus status)
        => status is ConversationStatus.Closed or ConversationStatus.Abandoned or ConversationStatus.Callback
            or ConversationStatus.LeftMessage or ConversationStatus.Ticketed;

    /// <summary>True while the conversation waits for a human: queued or offered.</summary>
    public static bool IsWaiting(this ConversationStatus status) => status is ConversationStatus.Queued or ConversationStatus.Offered;
}
