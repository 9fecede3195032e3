namespace Routing.Runtime.Tests.TestGrains;

/// <summary>Registers durable reminders and reports ticks through signals "reminder-{key}-{name}-{n}".</summary>
public interface IReminderGrain : IRemindable, IGrainWithStringKey
{
    Task Register(string name, TimeSpan dueTime, TimeSpan period);

    Task Unregister(string name);

    Task<bool> Exists(string name);
}
