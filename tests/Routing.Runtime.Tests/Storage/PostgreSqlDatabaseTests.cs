using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Routing.Runtime.PostgreSql;

namespace Routing.Runtime.Tests.Storage;

/// <summary>How the shared data source is built; nothing here opens a connection.</summary>
public sealed class PostgreSqlDatabaseTests
{
    [Fact]
    public async Task Constructor_ConnectionStringWithoutAutoPrepare_EnablesIt()
    {
        await using var database = Create("Host=127.0.0.1;Username=routing");

        Assert.Equal(PostgreSqlDatabase.AutoPrepareStatements, new NpgsqlConnectionStringBuilder(database.DataSource.ConnectionString).MaxAutoPrepare);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Max Auto Prepare=0")]
    [InlineData("Host=127.0.0.1;maxautoprepare=0")]
    public async Task Constructor_ConnectionStringDecidesAutoPrepare_KeepsIt(string connectionString)
    {
        await using var database = Create(connectionString);

        Assert.Equal(0, new NpgsqlConnectionStringBuilder(database.DataSource.ConnectionString).MaxAutoPrepare);
    }

    [Fact]
    public async Task Constructor_CommandTimeout_RoundsUpToWholeSeconds()
    {
        await using var database = Create("Host=127.0.0.1", TimeSpan.FromMilliseconds(2500));

        Assert.Equal(3, new NpgsqlConnectionStringBuilder(database.DataSource.ConnectionString).CommandTimeout);
    }

    [Fact]
    public void Constructor_InvalidSchema_Throws()
    {
        var options = new PostgreSqlStorageOptions { ConnectionString = "Host=127.0.0.1", Schema = "x\"; drop" };

        var error = Assert.Throws<OptionsValidationException>(() => new PostgreSqlDatabase(Options.Create(options), NullLoggerFactory.Instance));

        Assert.Contains("Routing:PostgreSql:Schema", error.Message, StringComparison.Ordinal);
    }

    private static PostgreSqlDatabase Create(string connectionString, TimeSpan? commandTimeout = null)
        => new(Options.Create(new PostgreSqlStorageOptions { ConnectionString = connectionString, CommandTimeout = commandTimeout }), NullLoggerFactory.Instance);
}
