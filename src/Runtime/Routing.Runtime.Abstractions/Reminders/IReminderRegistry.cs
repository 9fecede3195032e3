namespace Routing.Runtime;

/// <summary>Registers, reads and removes the durable reminders of one grain.</summary>
public interface IReminderRegistry
{
    /// <summary>Registers or updates a reminder; the period must be at least the configured minimum (1 minute by default).</summary>
    Task<IGrainReminder> RegisterOrUpdateReminderAsync(string reminderName, TimeSpan dueTime, TimeSpan period);

    /// <summary>
    /// Removes a reminder. Removing one that does not exist is not an error. If the stored row keeps changing under
    /// the removal (another writer), it is read and removed again a few times, then an
    /// <see cref="InvalidOperationException"/> is thrown.
    /// </summary>
    Task UnregisterReminderAsync(string reminderName);

    /// <summary>Gets a reminder, or null.</summary>
    Task<IGrainReminder?> GetReminderAsync(string reminderName);
}
