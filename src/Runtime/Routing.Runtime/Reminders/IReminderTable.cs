namespace Routing.Runtime.Reminders;

/// <summary>
/// The durable table of reminders, keyed by (service id, grain id, reminder name), each row with a version.
/// </summary>
public interface IReminderTable
{
    /// <summary>Reads every reminder of the service (single silo; a clustered silo will read its ring range).</summary>
    Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>Reads the reminders of one grain.</summary>
    Task<IReadOnlyList<ReminderEntry>> ReadRowsAsync(GrainId grainId, CancellationToken cancellationToken);

    /// <summary>Reads one reminder, or null.</summary>
    Task<ReminderEntry?> ReadRowAsync(GrainId grainId, string reminderName, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces a reminder and returns its new version.</summary>
    Task<string> UpsertRowAsync(ReminderEntry entry, CancellationToken cancellationToken);

    /// <summary>Removes a reminder if its version is still <paramref name="etag"/>; returns whether a row was removed.</summary>
    Task<bool> RemoveRowAsync(GrainId grainId, string reminderName, string etag, CancellationToken cancellationToken);
}
