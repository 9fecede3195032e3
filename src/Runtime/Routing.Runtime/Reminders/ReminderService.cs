using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Routing.Runtime.Hosting;
using Routing.Runtime.Logging;
using Routing.Runtime.Metadata;

namespace Routing.Runtime.Reminders;

/// <summary>
/// Keeps a local timer for every durable reminder of the service and delivers each tick as a grain call, which
/// activates the grain when it is not in memory. On start it loads every reminder from the table, so reminders
/// tick after a restart; a reminder whose due time passed while no silo ran ticks once at once (catch-up), which
/// is one way a handler can see a due time twice.
/// </summary>
internal sealed class ReminderService(
    IReminderTable table,
    IGrainFactory grainFactory,
    GrainTypeRegistry registry,
    TimeProvider timeProvider,
    IOptions<ReminderOptions> options,
    ILogger<ReminderService> logger) : ISiloLifecycleParticipant, IDisposable
{
    private const int MaxRemoveAttempts = 5;

    private readonly ConcurrentDictionary<(GrainId GrainId, string Name), LocalReminder> _local = new();
    private readonly Lock _scheduleLock = new();
    private bool _stopped;

    public int Stage => SiloLifecycleStage.Services;

    private TimeProvider TimeProvider => timeProvider;

    /// <summary>The number of reminders this silo is ticking.</summary>
    public int ActiveCount => _local.Count;

    public async Task OnStartAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<ReminderEntry> rows;
        try
        {
            rows = await table.ReadAllAsync(cancellationToken);
        }
        catch (Exception exception)
        {
            RuntimeLog.RemindersLoadFailed(logger, exception);
            throw;
        }

        foreach (var row in rows)
        {
            Schedule(row);
        }

        RuntimeLog.RemindersLoaded(logger, rows.Count);
    }

    public Task OnStopAsync(CancellationToken cancellationToken)
    {
        LocalReminder[] reminders;
        lock (_scheduleLock)
        {
            _stopped = true;
            reminders = [.. _local.Values];
            _local.Clear();
        }

        foreach (var reminder in reminders)
        {
            reminder.Dispose();
        }

        return Task.CompletedTask;
    }

    public IReminderRegistry ForGrain(GrainId grainId) => new GrainReminderRegistry(this, grainId);

    public async Task<IGrainReminder> RegisterOrUpdateAsync(GrainId grainId, string reminderName, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reminderName);
        if (!typeof(IRemindable).IsAssignableFrom(registry.GetClass(grainId.Type).GrainClass))
        {
            throw new InvalidOperationException($"Grain {grainId} registers reminder '{reminderName}' but its class does not implement IRemindable.");
        }

        if (period < options.Value.MinimumPeriod)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, $"A reminder period must be at least {options.Value.MinimumPeriod} ({ReminderOptions.SectionName}:MinimumPeriod); use a grain timer for shorter periods.");
        }

        if (dueTime < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(dueTime), dueTime, "A reminder due time cannot be negative.");
        }

        var entry = new ReminderEntry(grainId, reminderName, timeProvider.GetUtcNow() + dueTime, period, Etag: null);
        var etag = await table.UpsertRowAsync(entry, CancellationToken.None);
        Schedule(entry with { Etag = etag });
        return new GrainReminder(reminderName);
    }

    public async Task UnregisterAsync(GrainId grainId, string reminderName)
    {
        if (_local.TryRemove((grainId, reminderName), out var local))
        {
            local.Dispose();
        }

        // A removal is guarded by the row's version; a writer that changed the row in between makes it fail, so read
        // again and retry until the row is gone.
        for (var attempt = 1; attempt <= MaxRemoveAttempts; attempt++)
        {
            var row = await table.ReadRowAsync(grainId, reminderName, CancellationToken.None);
            if (row?.Etag is not { } etag || await table.RemoveRowAsync(grainId, reminderName, etag, CancellationToken.None))
            {
                return;
            }
        }

        throw new InvalidOperationException(
            $"Reminder '{reminderName}' of grain {grainId} could not be removed: its row changed on each of {MaxRemoveAttempts} attempts.");
    }

    public async Task<IGrainReminder?> GetAsync(GrainId grainId, string reminderName)
    {
        var row = await table.ReadRowAsync(grainId, reminderName, CancellationToken.None);
        return row is null ? null : new GrainReminder(row.ReminderName);
    }

    private void Schedule(ReminderEntry entry)
    {
        var key = (entry.GrainId, entry.ReminderName);
        var reminder = new LocalReminder(entry, this);
        LocalReminder? previous;
        lock (_scheduleLock)
        {
            // Under the lock OnStopAsync takes to stop and to collect what it disposes: a reminder is either started
            // before the service stops (and disposed by it) or never started.
            if (_stopped)
            {
                return;
            }

            _local.TryGetValue(key, out previous);
            _local[key] = reminder;
            reminder.Start();
        }

        previous?.Dispose();
    }

    private async Task DeliverAsync(ReminderEntry entry, DateTimeOffset dueTime)
    {
        try
        {
            await grainFactory.GetGrain<IRemindable>(entry.GrainId).ReceiveReminder(entry.ReminderName, new TickStatus(entry.StartAt, entry.Period, dueTime));
        }
        catch (Exception exception)
        {
            RuntimeLog.ReminderTickFailed(logger, exception, entry.GrainId, entry.ReminderName);
        }
    }

    public void Dispose()
    {
        foreach (var reminder in _local.Values)
        {
            reminder.Dispose();
        }
    }

    /// <summary>One reminder's local timer: one-shot, re-armed for the next due time after each delivery.</summary>
    private sealed class LocalReminder(ReminderEntry entry, ReminderService service) : IDisposable
    {
        private ITimer? _timer;
        private DateTimeOffset _nextDue;
        private volatile bool _disposed;

        public void Start()
        {
            var now = service.TimeProvider.GetUtcNow();
            _nextDue = entry.StartAt > now ? entry.StartAt : LatestDueAtOrBefore(now);
            // Created unarmed, then armed: a zero delay must not fire before _timer is assigned for re-arming.
            _timer = service.TimeProvider.CreateTimer(static self => _ = ((LocalReminder)self!).TickAsync(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _timer.Change(Delay(now), Timeout.InfiniteTimeSpan);
        }

        private async Task TickAsync()
        {
            if (_disposed)
            {
                return;
            }

            var due = _nextDue;
            await service.DeliverAsync(entry, due);
            _nextDue = due + entry.Period;
            var now = service.TimeProvider.GetUtcNow();
            if (_nextDue < now)
            {
                // Deliveries fell behind (a slow grain): skip to the next due time instead of a burst of ticks.
                _nextDue = LatestDueAtOrBefore(now) + entry.Period;
            }

            try
            {
                if (!_disposed)
                {
                    _timer?.Change(Delay(now), Timeout.InfiniteTimeSpan);
                }
            }
            catch (ObjectDisposedException)
            {
                // Disposed concurrently: the reminder was removed or replaced.
            }
        }

        private TimeSpan Delay(DateTimeOffset now) => _nextDue > now ? _nextDue - now : TimeSpan.Zero;

        private DateTimeOffset LatestDueAtOrBefore(DateTimeOffset now)
        {
            var periods = (now - entry.StartAt).Ticks / entry.Period.Ticks;
            return entry.StartAt + TimeSpan.FromTicks(entry.Period.Ticks * periods);
        }

        public void Dispose()
        {
            _disposed = true;
            _timer?.Dispose();
        }
    }
}
