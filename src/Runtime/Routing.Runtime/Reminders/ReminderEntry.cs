namespace Routing.Runtime.Reminders;

/// <summary>A durable reminder row.</summary>
/// <param name="GrainId">The grain that receives the ticks.</param>
/// <param name="ReminderName">The reminder's name, unique within the grain.</param>
/// <param name="StartAt">When the first tick is due.</param>
/// <param name="Period">The time between ticks.</param>
/// <param name="Etag">The row's version, or null for a row not yet stored.</param>
public sealed record ReminderEntry(GrainId GrainId, string ReminderName, DateTimeOffset StartAt, TimeSpan Period, string? Etag);
