using System.Globalization;
using System.Text;
using Npgsql;
using Routing.Runtime.PostgreSql;
using Routing.Runtime.Tests.PostgreSql;
using Routing.Runtime.Tests.Infrastructure;

namespace Routing.Runtime.Tests.Storage;

/// <summary>
/// Deletes in the group commit of <see cref="PostgreSqlGrainStorage"/>: batched with writes and clears, in queue order
/// per row, and retried one by one like them. Operations queued before start form known batches, without sleeps.
/// </summary>
public sealed class PostgreSqlGrainStorageDeleteTests(PostgreSqlDatabaseFixture fixture) : IClassFixture<PostgreSqlDatabaseFixture>
{
    private const string StateName = "state";
    private static readonly string s_serviceId = PostgreSqlTestEnvironment.NewServiceId("storage-delete");

    [Fact]
    public async Task DeleteAsync_QueuedWithWritesOfSameRow_AppliesInQueueOrderInOneBatch()
    {
        await using var storage = CreateStorage(maxConcurrentBatches: 1);
        var grain = NewGrain();
        var insert = storage.WriteAsync(grain, StateName, Json(1), null, CancellationToken.None);
        var delete = storage.DeleteAsync(grain, StateName, "1", CancellationToken.None);
        var deleteAbsent = storage.DeleteAsync(grain, StateName, null, CancellationToken.None);
        var staleDelete = storage.DeleteAsync(grain, StateName, "1", CancellationToken.None);
        var reinsert = storage.WriteAsync(grain, StateName, Json(2), null, CancellationToken.None);
        var deleteExisting = storage.DeleteAsync(grain, StateName, null, CancellationToken.None);
        var update = storage.WriteAsync(grain, StateName, Json(3), "1", CancellationToken.None);

        await storage.OnStartAsync(CancellationToken.None).DefaultTimeout("start");

        Assert.Equal("1", await insert.DefaultTimeout("insert"));
        await delete.DefaultTimeout("delete");
        await deleteAbsent.DefaultTimeout("delete of the deleted row with no etag");
        var stale = await Assert.ThrowsAsync<InconsistentStateException>(() => staleDelete.DefaultTimeout("second delete with the same etag"));
        Assert.Null(stale.StoredEtag);
        Assert.Equal("1", await reinsert.DefaultTimeout("insert after delete"));
        var existing = await Assert.ThrowsAsync<InconsistentStateException>(() => deleteExisting.DefaultTimeout("delete with no etag of a row that exists"));
        Assert.Equal("1", existing.StoredEtag);
        Assert.Equal("2", await update.DefaultTimeout("update after the failed delete"));
        Assert.Equal(1, storage.CommittedBatches);
        Assert.Equal(7, storage.CommittedOperations);
        Assert.Equal("2", (await storage.ReadAsync(grain, StateName, CancellationToken.None).DefaultTimeout("read"))?.Etag);
        await storage.OnStopAsync(CancellationToken.None).DefaultTimeout("stop");
    }

    [Fact]
    public async Task DeleteAsync_InBatchThatFailsAsWhole_GetsOwnOutcomeOneByOne()
    {
        var grain = NewGrain();
        await SeedAsync(grain, ["a", "b"]);
        await using var storage = CreateStorage(maxConcurrentBatches: 1);
        var delete = storage.DeleteAsync(grain, "a", "1", CancellationToken.None);
        var badWrite = storage.WriteAsync(grain, "bad", Encoding.UTF8.GetBytes("{not json"), null, CancellationToken.None);
        var staleDelete = storage.DeleteAsync(grain, "b", "7", CancellationToken.None);
        var deleteAbsent = storage.DeleteAsync(grain, "c", null, CancellationToken.None);

        await storage.OnStartAsync(CancellationToken.None).DefaultTimeout("start");

        await delete.DefaultTimeout("delete");
        var error = await Assert.ThrowsAsync<PostgresException>(() => badWrite.DefaultTimeout("invalid write"));
        Assert.Equal(PostgresErrorCodes.InvalidTextRepresentation, error.SqlState);
        var stale = await Assert.ThrowsAsync<InconsistentStateException>(() => staleDelete.DefaultTimeout("stale delete"));
        Assert.Equal("1", stale.StoredEtag);
        await deleteAbsent.DefaultTimeout("delete of a missing row");
        Assert.Equal(1, storage.FallbackBatches);
        var rows = await storage.ReadAllAsync(grain, "", CancellationToken.None).DefaultTimeout("read all");
        Assert.Equal(["b"], rows.Select(row => row.StateName));
        await storage.OnStopAsync(CancellationToken.None).DefaultTimeout("stop");
    }

    [Fact]
    public async Task DeleteAsync_ManyQueuedWithWritesOverSeveralBatchesInFlight_AllResolveInFullBatches()
    {
        const int Rows = 500;
        const int Loops = 4;
        var grain = NewGrain();
        await SeedAsync(grain, [.. Enumerable.Range(0, Rows).Select(ItemName)]);
        await using var storage = CreateStorage(maxConcurrentBatches: Loops);

        // Every operation is on its own row, and every row's prior state is committed, so the outcome does not depend
        // on which batch takes which operation. Rows of one grain spread over batches that lock them concurrently.
        var operations = new List<Task>();
        for (var row = 0; row < Rows; row++)
        {
            operations.Add(row % 2 == 0
                ? storage.DeleteAsync(grain, ItemName(row), "1", CancellationToken.None)
                : storage.WriteAsync(grain, ItemName(row), Json(row), "1", CancellationToken.None));
            operations.Add(storage.WriteAsync(grain, ItemName(Rows + row), Json(row), null, CancellationToken.None));
            operations.Add(storage.DeleteAsync(grain, ItemName(3 * Rows + row), null, CancellationToken.None));
        }

        await storage.OnStartAsync(CancellationToken.None).DefaultTimeout("start");
        await Task.WhenAll(operations).DefaultTimeout($"{operations.Count} queued deletes and writes of {grain}");

        Assert.Equal(operations.Count, storage.CommittedOperations);
        Assert.Equal(0, storage.FallbackBatches);

        // All were queued before start, so each loop sends full batches until it finds the queue empty once.
        var fullBatches = operations.Count / PostgreSqlStorageOptions.DefaultMaxBatchSize;
        Assert.InRange(storage.CommittedBatches, fullBatches, fullBatches + Loops);
        var rows = await storage.ReadAllAsync(grain, "item/", CancellationToken.None).DefaultTimeout("read all");
        var expected = Enumerable.Range(0, Rows).Where(row => row % 2 == 1).Concat(Enumerable.Range(Rows, Rows));
        Assert.Equal(expected.Select(ItemName), rows.Select(row => row.StateName));
        await storage.OnStopAsync(CancellationToken.None).DefaultTimeout("stop");
    }

    private static GrainId NewGrain() => new("delete", Guid.NewGuid().ToString("N"));

    private static byte[] Json(int n) => Encoding.UTF8.GetBytes($$"""{"n":{{n}}}""");

    private static string ItemName(int row) => "item/" + row.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>Inserts the rows at version 1 through a storage of its own, so the one under test starts idle.</summary>
    private async Task SeedAsync(GrainId grain, string[] stateNames)
    {
        await using var seeding = CreateStorage();
        await seeding.OnStartAsync(CancellationToken.None).DefaultTimeout("start seeding");
        await Task.WhenAll(stateNames.Select(name => seeding.WriteAsync(grain, name, Json(0), null, CancellationToken.None)))
            .DefaultTimeout($"seeding {stateNames.Length} rows of {grain}");
        await seeding.OnStopAsync(CancellationToken.None).DefaultTimeout("stop seeding");
    }

    private PostgreSqlGrainStorage CreateStorage(int maxConcurrentBatches = PostgreSqlStorageOptions.DefaultMaxConcurrentBatches)
        => PostgreSqlTestEnvironment.CreateGrainStorage(fixture.Database, s_serviceId, maxConcurrentBatches);
}
