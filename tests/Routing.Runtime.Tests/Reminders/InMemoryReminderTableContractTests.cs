using Routing.Runtime.Reminders;

namespace Routing.Runtime.Tests.Reminders;

/// <summary>The reminder table contract against <see cref="InMemoryReminderTable"/>.</summary>
public sealed class InMemoryReminderTableContractTests : ReminderTableContractTests
{
    private readonly Dictionary<string, InMemoryReminderTable> _tables = [];

    protected override Task<IReminderTable> CreateTableAsync(string serviceId)
    {
        // One process-local table stands for one service's rows.
        if (!_tables.TryGetValue(serviceId, out var table))
        {
            table = new InMemoryReminderTable();
            _tables.Add(serviceId, table);
        }

        return Task.FromResult<IReminderTable>(table);
    }
}
