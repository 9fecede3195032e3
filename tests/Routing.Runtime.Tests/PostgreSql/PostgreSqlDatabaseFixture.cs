using Routing.Runtime.PostgreSql;
using Routing.Runtime.Tests.Infrastructure;

namespace Routing.Runtime.Tests.PostgreSql;

/// <summary>One <see cref="PostgreSqlDatabase"/> per test class, with the default schema created.</summary>
public sealed class PostgreSqlDatabaseFixture : IAsyncLifetime
{
    private PostgreSqlDatabase? _database;

    public PostgreSqlDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
    {
        _database = PostgreSqlTestEnvironment.CreateDatabase();
        await _database.EnsureSchemaAsync(CancellationToken.None).DefaultTimeout("creating the default test schema");
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
