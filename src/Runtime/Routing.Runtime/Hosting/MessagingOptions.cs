namespace Routing.Runtime.Hosting;

/// <summary>How grain calls behave. Bound from the <c>Routing:Messaging</c> section.</summary>
public sealed class MessagingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Routing:Messaging";

    /// <summary>
    /// How long a caller waits for a response before the call fails with <see cref="GrainCallTimeoutException"/>.
    /// Default: 30 seconds; between 10 ms and 10 minutes.
    /// </summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many times a call may be forwarded to a new activation because the one it reached was deactivating.
    /// Default: 3; between 1 and 10.
    /// </summary>
    public int MaxForwardCount { get; set; } = 3;
}
