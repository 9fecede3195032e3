namespace Routing.Runtime;

/// <summary>A handle to a durable reminder.</summary>
public interface IGrainReminder
{
    /// <summary>The reminder's name, unique within its grain.</summary>
    string ReminderName { get; }
}
