namespace Routing.Runtime.Reminders;

/// <summary>A handle to a durable reminder.</summary>
internal sealed record GrainReminder(string ReminderName) : IGrainReminder;
