namespace Routing.Runtime.Timers;

/// <summary>A timer whose tick runs as a turn of its activation.</summary>
internal interface IGrainTimerTick
{
    /// <summary>Whether the tick may interleave with requests that are awaiting.</summary>
    bool Interleave { get; }

    /// <summary>
    /// Runs the callback, then re-arms the timer: with the due time a change during the tick asked for, else the period.
    /// Does nothing when another tick of the same timer is running.
    /// </summary>
    Task RunTickAsync();

    /// <summary>Stops the timer because its activation is gone.</summary>
    void Stop();
}
