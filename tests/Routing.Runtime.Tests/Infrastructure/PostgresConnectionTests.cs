using Npgsql;

namespace Routing.Runtime.Tests.Infrastructure;

public sealed class PostgresConnectionTests
{
    [Fact]
    public async Task Connect_WithTestConnectionString_ReturnsServerVersion15OrNewer()
    {
        var expectedDatabase = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString).Database;
        await using var dataSource = NpgsqlDataSource.Create(TestDatabase.ConnectionString);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "select current_setting('server_version_num')::int, current_database()", connection);
        await using var reader = await command.ExecuteReaderAsync();

        Assert.True(await reader.ReadAsync());
        var versionNumber = reader.GetInt32(0);
        Assert.True(versionNumber >= 150000, $"server_version_num is {versionNumber}; the project needs PostgreSQL 15 or newer");
        Assert.Equal(expectedDatabase, reader.GetString(1));
        Assert.True(connection.PostgreSqlVersion >= new Version(15, 0));
    }
}
