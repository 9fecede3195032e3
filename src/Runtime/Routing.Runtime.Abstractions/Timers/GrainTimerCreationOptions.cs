namespace Routing.Runtime;

/// <summary>How a grain timer ticks.</summary>
public sealed record GrainTimerCreationOptions
{
    /// <summary>Time until the first tick. Default: zero.</summary>
    public TimeSpan DueTime { get; init; }

    /// <summary>
    /// Time between the end of one tick's callback and the start of the next, or <see cref="Timeout.InfiniteTimeSpan"/>
    /// for a single tick. Default: infinite.
    /// </summary>
    public TimeSpan Period { get; init; } = Timeout.InfiniteTimeSpan;

    /// <summary>
    /// When true, ticks may interleave with requests that are awaiting. When false (the default) a tick waits for
    /// the running request, like any non-reentrant request.
    /// </summary>
    public bool Interleave { get; init; }
}
