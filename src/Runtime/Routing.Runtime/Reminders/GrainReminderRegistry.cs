namespace Routing.Runtime.Reminders;

/// <summary>The reminder registry of one grain, bound to its id.</summary>
internal sealed class GrainReminderRegistry(ReminderService service, GrainId grainId) : IReminderRegistry
{
    public Task<IGrainReminder> RegisterOrUpdateReminderAsync(string reminderName, TimeSpan dueTime, TimeSpan period)
        => service.RegisterOrUpdateAsync(grainId, reminderName, dueTime, period);

    public Task UnregisterReminderAsync(string reminderName) => service.UnregisterAsync(grainId, reminderName);

    public Task<IGrainReminder?> GetReminderAsync(string reminderName) => service.GetAsync(grainId, reminderName);
}
