using Microsoft.Extensions.Options;
using Routing.Runtime.Hosting;
using Routing.Runtime.PostgreSql;
using Routing.Runtime.Reminders;
using Routing.Runtime.Tests.PostgreSql;
using Routing.Runtime.Tests.Infrastructure;

namespace Routing.Runtime.Tests.Reminders;

/// <summary>The reminder table contract against <see cref="PostgreSqlReminderTable"/> on a real PostgreSQL.</summary>
public sealed class PostgreSqlReminderTableContractTests(PostgreSqlDatabaseFixture fixture)
    : ReminderTableContractTests, IClassFixture<PostgreSqlDatabaseFixture>
{
    protected override async Task<IReminderTable> CreateTableAsync(string serviceId)
    {
        var table = new PostgreSqlReminderTable(fixture.Database, Options.Create(new SiloOptions { ServiceId = serviceId }));
        await table.OnStartAsync(CancellationToken.None).DefaultTimeout("starting the reminder table");
        return table;
    }
}
