namespace Routing.Runtime;

/// <summary>A grain timer. Disposing it stops further ticks; a tick already running completes.</summary>
public interface IGrainTimer : IDisposable
{
    /// <summary>
    /// Changes the due time and period. The next tick is <paramref name="dueTime"/> from now, or, when called while a
    /// tick runs (for example from the callback itself), <paramref name="dueTime"/> from the end of that tick; ticks
    /// never overlap. <see cref="Timeout.InfiniteTimeSpan"/> as the due time pauses the timer until the next change.
    /// </summary>
    void Change(TimeSpan dueTime, TimeSpan period);
}
