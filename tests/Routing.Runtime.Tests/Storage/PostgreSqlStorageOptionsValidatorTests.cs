using Routing.Runtime.PostgreSql;

namespace Routing.Runtime.Tests.Storage;

public sealed class PostgreSqlStorageOptionsValidatorTests
{
    private readonly PostgreSqlStorageOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_RequireOnlyTheConnectionString()
    {
        var result = _validator.Validate(null, new PostgreSqlStorageOptions());

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Routing:PostgreSql:ConnectionString is required", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValidSettings_Succeeds()
    {
        var result = _validator.Validate(null, new PostgreSqlStorageOptions { ConnectionString = "Host=db;Database=routing;Username=routing", CommandTimeout = TimeSpan.FromSeconds(5) });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("Host=db;NoSuchKeyword=1")]
    [InlineData("Host=db;Port=not-a-number")]
    public void Validate_UnparsableConnectionString_NamesTheKey(string connectionString)
    {
        var result = _validator.Validate(null, new PostgreSqlStorageOptions { ConnectionString = connectionString });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Routing:PostgreSql:ConnectionString is not a valid Npgsql connection string", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Routing")]
    [InlineData("1routing")]
    [InlineData("routing; drop table x")]
    [InlineData("routing\"")]
    public void Validate_SchemaNotALowerCaseIdentifier_NamesTheKey(string schema)
    {
        var result = _validator.Validate(null, new PostgreSqlStorageOptions { ConnectionString = "Host=db", Schema = schema });

        Assert.StartsWith("Routing:PostgreSql:Schema must be", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 2, "Routing:PostgreSql:MaxBatchSize")]
    [InlineData(1001, 2, "Routing:PostgreSql:MaxBatchSize")]
    [InlineData(128, 0, "Routing:PostgreSql:MaxConcurrentBatches")]
    [InlineData(128, 17, "Routing:PostgreSql:MaxConcurrentBatches")]
    public void Validate_OutOfRange_NamesTheKey(int maxBatchSize, int maxConcurrentBatches, string key)
    {
        var result = _validator.Validate(null, new PostgreSqlStorageOptions { ConnectionString = "Host=db", MaxBatchSize = maxBatchSize, MaxConcurrentBatches = maxConcurrentBatches });

        Assert.StartsWith(key, Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NonPositiveCommandTimeout_NamesTheKey()
    {
        var result = _validator.Validate(null, new PostgreSqlStorageOptions { ConnectionString = "Host=db", CommandTimeout = TimeSpan.Zero });

        Assert.StartsWith("Routing:PostgreSql:CommandTimeout", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }
}
