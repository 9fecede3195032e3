using System.Collections.Concurrent;
using System.Globalization;

namespace Routing.Runtime.Reminders;

/// <summary>The embedded default reminder table: rows in process memory, lost when the process exits.</summary>
public sealed class InMemoryReminderTable : IReminderTable
{
    private readonly ConcurrentDictionary<(GrainId GrainId, string Name), ReminderEntry> _rows = new();
    private long _version;

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<ReminderEntry>>([.. _rows.Values]);

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderEntry>> ReadRowsAsync(GrainId grainId, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<ReminderEntry>>([.. _rows.Values.Where(row => row.GrainId == grainId)]);

    /// <inheritdoc />
    public Task<ReminderEntry?> ReadRowAsync(GrainId grainId, string reminderName, CancellationToken cancellationToken)
        => Task.FromResult(_rows.GetValueOrDefault((grainId, reminderName)));

    /// <inheritdoc />
    public Task<string> UpsertRowAsync(ReminderEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var etag = Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture);
        _rows[(entry.GrainId, entry.ReminderName)] = entry with { Etag = etag };
        return Task.FromResult(etag);
    }

    /// <inheritdoc />
    public Task<bool> RemoveRowAsync(GrainId grainId, string reminderName, string etag, CancellationToken cancellationToken)
    {
        var key = (grainId, reminderName);
        var removed = _rows.TryGetValue(key, out var row) && row.Etag == etag && _rows.TryRemove(KeyValuePair.Create(key, row));
        return Task.FromResult(removed);
    }
}
