using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Routing.Runtime.Hosting;
using Routing.Runtime.PostgreSql;

namespace Routing.Runtime.Tests.PostgreSql;

/// <summary>The PostgreSQL server under test, named by the <c>ROUTING_TEST_POSTGRES</c> connection string.</summary>
internal static class PostgreSqlTestEnvironment
{
    public const string VariableName = "ROUTING_TEST_POSTGRES";

    /// <summary>The connection string, with a small pool so test classes running in parallel stay under max_connections.</summary>
    public static string ConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(VariableName);
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new InvalidOperationException(
                    $"{VariableName} is not set. Run ./test.sh, or set it to an Npgsql connection string of a throwaway database, e.g. 'Host=127.0.0.1;Port=55432;Username=postgres;Database=routing_test'.");
            }

            return new NpgsqlConnectionStringBuilder(value) { MaxPoolSize = 10 }.ConnectionString;
        }
    }

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
