namespace Routing.Runtime;

/// <summary>A grain timer. Disposing it stops further ticks; a tick already running completes.</summary>
public interface IGrainTimer : IDisposable
{
    /// <summary>Changes the due time and period. The next tick is <paramref name="dueTime"/> from now.</summary>
    void Change(TimeSpan dueTime, TimeSpan period);
}
