namespace Routing.Runtime.Tests.TestGrains;

/// <summary>
/// Runs one grain timer that can be changed from a request or from its own callback. Tick n sets signal
/// "timer-started-{key}-{n}" when it starts and "timer-ended-{key}-{n}" when it ends; a gated tick waits for
/// "timer-release-{key}-{n}" in between.
/// </summary>
public interface IChangingTimerGrain : IGrainWithStringKey
{
    Task StartTimer(TimeSpan dueTime, TimeSpan period, bool interleave, bool gateTicks);

    /// <summary>Changes the timer; always interleaves, so it can run while a tick awaits.</summary>
    [AlwaysInterleave]
    Task ChangeTimer(TimeSpan dueTime, TimeSpan period);

    /// <summary>Makes the next tick's callback call Change(dueTime, period) on its own timer before it ends.</summary>
    Task ChangeTimerInNextTick(TimeSpan dueTime, TimeSpan period);

    Task<ChangingTimerReport> GetReport();
}
