namespace Routing.Grains.Queues;

/// <summary>Why a conversation is removed from a queue; only abandonment counts in the abandonment figure.</summary>
public static class RemoveReasons
{
    public const string Abandoned = "abandoned";
    public const string Callback = "callback";
    public const string Transferred = "transferred";
    public const string Ticketed = "ticketed";
}
