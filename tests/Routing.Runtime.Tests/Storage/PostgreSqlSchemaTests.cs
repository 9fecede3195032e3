using Npgsql;
using Routing.Runtime.PostgreSql;
using Routing.Runtime.Tests.PostgreSql;
using Routing.Runtime.Tests.Infrastructure;

namespace Routing.Runtime.Tests.Storage;

/// <summary>Schema creation on silo start: idempotent, and safe when silos start at once. Each test uses its own schema.</summary>
public sealed class PostgreSqlSchemaTests : IAsyncLifetime
{
    private readonly string _schema = $"routing_test_{Guid.NewGuid():N}";
    private readonly List<PostgreSqlDatabase> _databases = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(PostgreSqlTestEnvironment.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }

        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task EnsureSchemaAsync_TwiceAndFromTwoInstances_IsIdempotent()
    {
        var first = CreateDatabase();
        var second = CreateDatabase();

        await first.EnsureSchemaAsync(CancellationToken.None).DefaultTimeout($"first creation of {_schema}");
        await first.EnsureSchemaAsync(CancellationToken.None).DefaultTimeout($"second call on the same instance for {_schema}");
        await second.EnsureSchemaAsync(CancellationToken.None).DefaultTimeout($"creation of the existing {_schema} by another instance");

        Assert.Equal(["events", "grain_state", "reminders"], await TablesAsync());
    }

    [Fact]
    public async Task OnStartAsync_ProvidersOfSeveralSilosAtOnce_AllSucceed()
    {
        // Separate databases stand for separate silos: each has its own pool and runs the DDL itself.
        var starts = Enumerable.Range(0, 4).SelectMany(_ =>
        {
            var database = CreateDatabase();
            var storage = PostgreSqlTestEnvironment.CreateGrainStorage(database, PostgreSqlTestEnvironment.NewServiceId("schema"));
            var reminders = new PostgreSqlReminderTable(database, Microsoft.Extensions.Options.Options.Create(new Hosting.SiloOptions()));
            var journal = new PostgreSqlEventJournal(database, Microsoft.Extensions.Options.Options.Create(new Hosting.SiloOptions()));
            return new[] { StartAndStopAsync(storage), reminders.OnStartAsync(CancellationToken.None), journal.OnStartAsync(CancellationToken.None) };
        });

        await Task.WhenAll(starts).DefaultTimeout($"four silos creating {_schema} at once");

        Assert.Equal(["events", "grain_state", "reminders"], await TablesAsync());
    }

    private static async Task StartAndStopAsync(PostgreSqlGrainStorage storage)
    {
        await storage.OnStartAsync(CancellationToken.None);
        await storage.OnStopAsync(CancellationToken.None);
        await storage.DisposeAsync();
    }

    private PostgreSqlDatabase CreateDatabase()
    {
        var database = PostgreSqlTestEnvironment.CreateDatabase(_schema);
        _databases.Add(database);
        return database;
    }

    private async Task<List<string>> TablesAsync()
    {
        await using var connection = new NpgsqlConnection(PostgreSqlTestEnvironment.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _schema });
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
