using Microsoft.Extensions.Options;
using Routing.Runtime.Hosting;
using Routing.Runtime.PostgreSql;
using Routing.Runtime.Tests.Infrastructure;
using Routing.Runtime.Tests.PostgreSql;

namespace Routing.Runtime.Tests.Journal;

/// <summary>The event journal contract against <see cref="PostgreSqlEventJournal"/> on a real PostgreSQL.</summary>
public sealed class PostgreSqlEventJournalContractTests(PostgreSqlDatabaseFixture fixture)
    : EventJournalContractTests, IClassFixture<PostgreSqlDatabaseFixture>
{
    protected override async Task<IEventJournal> CreateJournalAsync(string serviceId)
    {
        var journal = new PostgreSqlEventJournal(fixture.Database, Options.Create(new SiloOptions { ServiceId = serviceId }));
        await journal.OnStartAsync(CancellationToken.None).DefaultTimeout("starting the event journal");
        return journal;
    }
}
