namespace Routing.Runtime;

/// <summary>
/// What the runtime gives a grain activation. <see cref="Grain"/> wraps it in protected members; grain code does
/// not normally use it directly.
/// </summary>
public interface IGrainContext
{
    /// <summary>The activation's grain id.</summary>
    GrainId GrainId { get; }

    /// <summary>The factory for references to other grains.</summary>
    IGrainFactory GrainFactory { get; }

    /// <summary>The clock every time-based decision of the grain must use.</summary>
    TimeProvider TimeProvider { get; }

    /// <summary>Asks the runtime to deactivate this activation once the current request completes.</summary>
    void DeactivateOnIdle();

    /// <summary>Registers a timer whose callbacks run as turns of this activation.</summary>
    IGrainTimer RegisterTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options);

    /// <summary>The reminder registry for this grain.</summary>
    IReminderRegistry Reminders { get; }
}
