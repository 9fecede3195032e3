using System.Collections.Concurrent;
using Routing.Runtime.Tests.Infrastructure;

namespace Routing.Runtime.Tests.TestGrains;

public sealed class ReminderGrain : Grain, IReminderGrain
{
    /// <summary>Ticks per grain key and reminder; static because ticks must be counted across activations and silos.</summary>
    public static readonly ConcurrentDictionary<string, int> Ticks = new();

    public Task Register(string name, TimeSpan dueTime, TimeSpan period) => RegisterOrUpdateReminderAsync(name, dueTime, period);

    public Task Unregister(string name) => UnregisterReminderAsync(name);

    public async Task<bool> Exists(string name) => await GetReminderAsync(name) is not null;

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var key = $"{GetPrimaryKeyString()}-{reminderName}";
        var count = Ticks.AddOrUpdate(key, 1, (_, n) => n + 1);
        Signals.Set($"reminder-{key}-{count}", status.CurrentTickTime.ToString("O"));
        return Task.CompletedTask;
    }
}
