namespace Routing.Runtime.Hosting;

/// <summary>How durable reminders behave. Bound from the <c>Routing:Reminders</c> section.</summary>
public sealed class ReminderOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Routing:Reminders";

    /// <summary>
    /// The shortest allowed reminder period. Reminders are for coarse, durable wake-ups (ticket deadlines); per-second
    /// SLA checks belong in a grain timer. Default: 1 minute; at least 1 second.
    /// </summary>
    public TimeSpan MinimumPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
