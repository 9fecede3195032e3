namespace Routing.Runtime.Tests.TestGrains;

/// <summary>Runs a grain timer and reports its ticks through signals "tick-{key}-{n}".</summary>
public interface ITimerGrain : IGrainWithStringKey
{
    Task StartTimer(TimeSpan dueTime, TimeSpan period);

    Task StopTimer();

    /// <summary>Holds the activation until signal "release-{tag}" (to show a tick waits for it).</summary>
    Task Hold(string tag);

    Task<TimerReport> GetReport();
}

public sealed record TimerReport(int Ticks, int MaxConcurrentTicks, bool TickOverlappedRequest);
