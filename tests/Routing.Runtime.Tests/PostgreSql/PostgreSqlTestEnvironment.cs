using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Routing.Runtime.Hosting;
using Routing.Runtime.PostgreSql;

namespace Routing.Runtime.Tests.PostgreSql;

/// <summary>The PostgreSQL server under test, named by the <c>ROUTING_TEST_POSTGRES</c> connection string.</summary>
internal static class PostgreSqlTestEnvironment
{
    /// <summary>The connection string of the test database (see <see cref="Infrastructure.TestDatabase"/>).</summary>
    public static string ConnectionString => Infrastructure.TestDatabase.ConnectionString;

    /// <summary>A service id no other test uses, so tests see only their own rows.</summary>
    public static string NewServiceId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public static PostgreSqlDatabase CreateDatabase(string schema = PostgreSqlStorageOptions.DefaultSchema)
        => new(Options.Create(CreateOptions(schema: schema)), NullLoggerFactory.Instance);

    public static PostgreSqlStorageOptions CreateOptions(int maxConcurrentBatches = PostgreSqlStorageOptions.DefaultMaxConcurrentBatches, string schema = PostgreSqlStorageOptions.DefaultSchema)
        => new()
        {
            ConnectionString = ConnectionString,
            Schema = schema,
            MaxConcurrentBatches = maxConcurrentBatches,
        };

    public static PostgreSqlGrainStorage CreateGrainStorage(PostgreSqlDatabase database, string serviceId, int maxConcurrentBatches = PostgreSqlStorageOptions.DefaultMaxConcurrentBatches)
        => new(
            database,
            Options.Create(CreateOptions(maxConcurrentBatches, database.Schema)),
            Options.Create(new SiloOptions { ServiceId = serviceId }),
            NullLogger<PostgreSqlGrainStorage>.Instance);
}
