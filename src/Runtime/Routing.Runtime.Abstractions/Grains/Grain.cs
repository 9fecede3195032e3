namespace Routing.Runtime;

/// <summary>
/// Base class of every grain implementation. The runtime creates grains through dependency injection (constructor
/// parameters marked <see cref="PersistentStateAttribute"/> receive a loaded state handle), attaches the context,
/// loads state, then calls <see cref="OnActivateAsync"/> before the first request runs.
/// </summary>
/// <remarks>
/// Grain code runs one turn at a time on its activation's scheduler. It must never block (<c>.Result</c>,
/// <c>.Wait()</c>), never touch state inside <c>Task.Run</c>, and never use <c>ConfigureAwait(false)</c>: each of
/// those would run grain code outside its turn.
/// </remarks>
public abstract class Grain
{
    private IGrainContext? _context;

    /// <summary>The runtime context of this activation.</summary>
    protected IGrainContext Context => _context ?? throw new InvalidOperationException("The grain has not been attached to an activation yet; do not use the runtime from a grain constructor.");

    /// <summary>The activation's grain id.</summary>
    public GrainId GrainId => Context.GrainId;

    /// <summary>The factory for references to other grains.</summary>
    protected IGrainFactory GrainFactory => Context.GrainFactory;

    /// <summary>The clock every time-based decision of the grain must use.</summary>
    protected TimeProvider TimeProvider => Context.TimeProvider;

    /// <summary>The string key of this grain.</summary>
    public string GetPrimaryKeyString() => Context.GrainId.Key;

    /// <summary>The Guid key of this grain.</summary>
    public Guid GetPrimaryKey() => GrainKeyFormat.ToGuid(Context.GrainId.Key);

    /// <summary>The integer key of this grain.</summary>
    public long GetPrimaryKeyLong() => GrainKeyFormat.ToInt64(Context.GrainId.Key);

    /// <summary>Runs after state is loaded and before the first request. A throw fails the activation and every queued call.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs once when the activation is deactivated. Best effort: a crashed silo never runs it.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this activation once the current request completes. The next call activates it again.</summary>
    protected void DeactivateOnIdle() => Context.DeactivateOnIdle();

    /// <summary>
    /// Registers a grain timer. Each tick runs as a turn of this activation (not interleaved with requests unless
    /// <see cref="GrainTimerCreationOptions.Interleave"/> is set), ticks never overlap, the period counts from the
    /// end of the previous callback, and the timer does not keep the activation alive: it dies with it.
    /// </summary>
    protected IGrainTimer RegisterGrainTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options)
        => Context.RegisterTimer(callback, state, options);

    /// <summary>Registers a grain timer with no state; see <see cref="RegisterGrainTimer{TState}"/>.</summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
        => Context.RegisterTimer(static (cb, ct) => cb(ct), callback, new GrainTimerCreationOptions { DueTime = dueTime, Period = period });

    /// <summary>
    /// Registers or updates a durable reminder. The grain must implement <see cref="IRemindable"/>. Reminders survive
    /// deactivation and silo restarts, and may tick more than once for the same due time, so handlers must be idempotent.
    /// </summary>
    protected Task<IGrainReminder> RegisterOrUpdateReminderAsync(string reminderName, TimeSpan dueTime, TimeSpan period)
        => Context.Reminders.RegisterOrUpdateReminderAsync(reminderName, dueTime, period);

    /// <summary>Removes a durable reminder of this grain.</summary>
    protected Task UnregisterReminderAsync(string reminderName) => Context.Reminders.UnregisterReminderAsync(reminderName);

    /// <summary>Gets a durable reminder of this grain, or null.</summary>
    protected Task<IGrainReminder?> GetReminderAsync(string reminderName) => Context.Reminders.GetReminderAsync(reminderName);

    /// <summary>Attaches the runtime context; called by the runtime once, right after construction.</summary>
    internal void Attach(IGrainContext context) => _context = context;

    /// <summary>Runtime hook used by the runtime assembly to attach the context.</summary>
    public static void AttachContext(Grain grain, IGrainContext context)
    {
        ArgumentNullException.ThrowIfNull(grain);
        if (grain._context is not null)
        {
            throw new InvalidOperationException($"Grain {context.GrainId} is already attached to an activation.");
        }

        grain.Attach(context);
    }
}
