using Routing.Runtime.PostgreSql;
using Routing.Runtime.Storage;
using Routing.Runtime.Tests.PostgreSql;
using Routing.Runtime.Tests.Infrastructure;

namespace Routing.Runtime.Tests.Storage;

/// <summary>The grain storage contract against <see cref="PostgreSqlGrainStorage"/> on a real PostgreSQL.</summary>
public sealed class PostgreSqlGrainStorageContractTests(PostgreSqlDatabaseFixture fixture)
    : GrainStorageContractTests, IClassFixture<PostgreSqlDatabaseFixture>
{
    private static readonly string s_serviceId = PostgreSqlTestEnvironment.NewServiceId("storage-contract");

    protected override async Task<IGrainStorage> CreateStorageAsync()
    {
        // Several batches in flight at once is the harder case for compare-and-swap, so the contract runs with it.
        var storage = PostgreSqlTestEnvironment.CreateGrainStorage(fixture.Database, s_serviceId, maxConcurrentBatches: 4);
        await storage.OnStartAsync(CancellationToken.None).DefaultTimeout("starting the storage");
        return storage;
    }

    protected override async Task DisposeStorageAsync(IGrainStorage storage)
    {
        var postgres = (PostgreSqlGrainStorage)storage;
        await postgres.OnStopAsync(CancellationToken.None).DefaultTimeout("stopping the storage");
        await postgres.DisposeAsync();
    }
}
