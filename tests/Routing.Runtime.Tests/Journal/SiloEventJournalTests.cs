using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Routing.Runtime.Journal;
using Routing.Runtime.PostgreSql;
using Routing.Runtime.Tests.Infrastructure;

namespace Routing.Runtime.Tests.Journal;

/// <summary>Which journal a silo gets: memory by default, PostgreSQL when the silo stores in PostgreSQL.</summary>
public sealed class SiloEventJournalTests
{
    [Fact]
    public async Task Silo_WithoutPostgreSql_UsesTheMemoryJournal()
    {
        await using var silo = await TestSilos.StartAsync().DefaultTimeout("starting a memory silo");

        Assert.IsType<MemoryEventJournal>(silo.Services.GetRequiredService<IEventJournal>());
    }

    [Fact]
    public async Task Silo_WithPostgreSql_UsesThePostgreSqlJournalWithItsSchemaCreatedOnStart()
    {
        await using var silo = await TestSilos.StartAsync(options => options.PostgreSqlConnectionString = TestDatabase.ConnectionString)
            .DefaultTimeout("starting a PostgreSQL silo");
        var journal = Assert.IsType<PostgreSqlEventJournal>(silo.Services.GetRequiredService<IEventJournal>());
        var stream = TestSilos.NewKey("conversation");

        var version = await journal.AppendAsync(stream, 0, [new JournalEvent("ConversationQueued", Encoding.UTF8.GetBytes("{}"), silo.TimeProvider.GetUtcNow())])
            .DefaultTimeout($"append to {stream} of service {silo.Options.ServiceId}");

        Assert.Equal(1, version);
        Assert.Equal("ConversationQueued", Assert.Single(await journal.ReadAsync(stream).DefaultTimeout($"read of {stream}")).EventType);
    }
}
