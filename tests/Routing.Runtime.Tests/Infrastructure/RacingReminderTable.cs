using Routing.Runtime.Reminders;

namespace Routing.Runtime.Tests.Infrastructure;

/// <summary>
/// An in-memory reminder table where another writer rewrites a row (new version) just before the first removal of
/// it, so that removal fails on a stale version.
/// </summary>
public sealed class RacingReminderTable : IReminderTable
{
    private readonly InMemoryReminderTable _table = new();
    private int _raced;

    public Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken) => _table.ReadAllAsync(cancellationToken);

    public Task<IReadOnlyList<ReminderEntry>> ReadRowsAsync(GrainId grainId, CancellationToken cancellationToken) => _table.ReadRowsAsync(grainId, cancellationToken);

    public Task<ReminderEntry?> ReadRowAsync(GrainId grainId, string reminderName, CancellationToken cancellationToken)
        => _table.ReadRowAsync(grainId, reminderName, cancellationToken);

    public Task<string> UpsertRowAsync(ReminderEntry entry, CancellationToken cancellationToken) => _table.UpsertRowAsync(entry, cancellationToken);

    public async Task<bool> RemoveRowAsync(GrainId grainId, string reminderName, string etag, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _raced, 1) == 0 && await _table.ReadRowAsync(grainId, reminderName, cancellationToken) is { } row)
        {
            await _table.UpsertRowAsync(row, cancellationToken);
        }

        return await _table.RemoveRowAsync(grainId, reminderName, etag, cancellationToken);
    }
}
