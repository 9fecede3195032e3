using System.Text;
using Npgsql;
using Routing.Runtime.PostgreSql;
using Routing.Runtime.Tests.PostgreSql;
using Routing.Runtime.Tests.Infrastructure;

namespace Routing.Runtime.Tests.Storage;

/// <summary>
/// Group commit of <see cref="PostgreSqlGrainStorage"/>. Operations queued before start wait for it, which makes the
/// batch they form known in advance, without sleeps.
/// </summary>
public sealed class PostgreSqlGrainStorageTests(PostgreSqlDatabaseFixture fixture) : IClassFixture<PostgreSqlDatabaseFixture>
{
    private const string StateName = "state";
    private static readonly string s_serviceId = PostgreSqlTestEnvironment.NewServiceId("storage-batch");

    [Fact]
    public async Task WriteAsync_QueuedBeforeStart_CommitsInOneBatch()
    {
        await using var storage = CreateStorage(maxConcurrentBatches: 1);
        var grains = Enumerable.Range(0, 50).Select(_ => NewGrain()).ToArray();
        var writes = grains.Select(grain => storage.WriteAsync(grain, StateName, Json(1), null, CancellationToken.None)).ToArray();

        await storage.OnStartAsync(CancellationToken.None).DefaultTimeout("start");
        var etags = await Task.WhenAll(writes).DefaultTimeout("50 queued writes");

        Assert.All(etags, etag => Assert.Equal("1", etag));
        Assert.Equal(1, storage.CommittedBatches);
        Assert.Equal(50, storage.CommittedOperations);
        await storage.OnStopAsync(CancellationToken.None).DefaultTimeout("stop");
    }

    [Fact]
    public async Task WriteAsync_SameRowSeveralTimesInOneBatch_AppliesInQueueOrder()
    {
        await using var storage = CreateStorage(maxConcurrentBatches: 1);
        var grain = NewGrain();
        var others = Enumerable.Range(0, 5).Select(_ => storage.WriteAsync(NewGrain(), StateName, Json(0), null, CancellationToken.None)).ToArray();
        var insert = storage.WriteAsync(grain, StateName, Json(1), null, CancellationToken.None);
        var update = storage.WriteAsync(grain, StateName, Json(2), "1", CancellationToken.None);
        var staleUpdate = storage.WriteAsync(grain, StateName, Json(3), "1", CancellationToken.None);
        var clear = storage.ClearAsync(grain, StateName, "2", CancellationToken.None);
        var secondInsert = storage.WriteAsync(grain, StateName, Json(4), null, CancellationToken.None);
        var afterClear = storage.WriteAsync(grain, StateName, Json(5), "3", CancellationToken.None);

        await storage.OnStartAsync(CancellationToken.None).DefaultTimeout("start");

        Assert.Equal("1", await insert.DefaultTimeout("insert"));
        Assert.Equal("2", await update.DefaultTimeout("update"));
        var stale = await Assert.ThrowsAsync<InconsistentStateException>(() => staleUpdate.DefaultTimeout("stale update"));
        Assert.Equal("2", stale.StoredEtag);
        Assert.Equal("3", await clear.DefaultTimeout("clear"));
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => secondInsert.DefaultTimeout("insert after clear"));
        Assert.Equal("3", conflict.StoredEtag);
        Assert.Equal("4", await afterClear.DefaultTimeout("write after clear"));
        await Task.WhenAll(others).DefaultTimeout("other grains' writes");
        Assert.Equal(1, storage.CommittedBatches);
        var stored = await storage.ReadAsync(grain, StateName, CancellationToken.None).DefaultTimeout("read");
        Assert.Equal("4", stored?.Etag);
        await storage.OnStopAsync(CancellationToken.None).DefaultTimeout("stop");
    }

    [Fact]
    public async Task WriteAsync_InvalidJsonInBatch_FailsOnlyThatCaller()
    {
        await using var storage = CreateStorage(maxConcurrentBatches: 1);
        var good = Enumerable.Range(0, 10).Select(_ => NewGrain()).ToArray();
        var bad = NewGrain();
        var goodWrites = good.Take(5).Select(grain => storage.WriteAsync(grain, StateName, Json(1), null, CancellationToken.None)).ToList();
        var badWrite = storage.WriteAsync(bad, StateName, Encoding.UTF8.GetBytes("{not json"), null, CancellationToken.None);
        goodWrites.AddRange(good.Skip(5).Select(grain => storage.WriteAsync(grain, StateName, Json(1), null, CancellationToken.None)));

        await storage.OnStartAsync(CancellationToken.None).DefaultTimeout("start");

        var error = await Assert.ThrowsAsync<PostgresException>(() => badWrite.DefaultTimeout("invalid write"));
        Assert.Equal(PostgresErrorCodes.InvalidTextRepresentation, error.SqlState);
        Assert.All(await Task.WhenAll(goodWrites).DefaultTimeout("valid writes"), etag => Assert.Equal("1", etag));
        Assert.Equal(1, storage.FallbackBatches);
        Assert.Null(await storage.ReadAsync(bad, StateName, CancellationToken.None).DefaultTimeout("read of the invalid write"));
        foreach (var grain in good)
        {
            Assert.Equal("1", (await storage.ReadAsync(grain, StateName, CancellationToken.None).DefaultTimeout($"read of {grain}"))?.Etag);
        }

        await storage.OnStopAsync(CancellationToken.None).DefaultTimeout("stop");
    }

    [Fact]
    public async Task WriteAsync_CancelledWhileQueued_IsCancelledAndNotSent()
    {
        await using var storage = CreateStorage(maxConcurrentBatches: 1);
        var grain = NewGrain();
        using var cancellation = new CancellationTokenSource();
        var write = storage.WriteAsync(grain, StateName, Json(1), null, cancellation.Token);

        await cancellation.CancelAsync();
        await storage.OnStartAsync(CancellationToken.None).DefaultTimeout("start");
        await storage.OnStopAsync(CancellationToken.None).DefaultTimeout("stop");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => write.DefaultTimeout("cancelled write"));
        Assert.Equal(0, storage.CommittedOperations);
        Assert.Null(await storage.ReadAsync(grain, StateName, CancellationToken.None).DefaultTimeout("read"));
    }

    [Fact]
    public async Task OnStopAsync_QueuedAndNeverStarted_FailsQueuedOperations()
    {
        await using var storage = CreateStorage();
        var writes = Enumerable.Range(0, 3).Select(_ => storage.WriteAsync(NewGrain(), StateName, Json(1), null, CancellationToken.None)).ToArray();

        await storage.OnStopAsync(CancellationToken.None).DefaultTimeout("stop");

        foreach (var write in writes)
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => write.DefaultTimeout("queued write after stop"));
            Assert.Contains("before the write", error.Message, StringComparison.Ordinal);
        }

        var late = await Assert.ThrowsAsync<InvalidOperationException>(
            () => storage.ClearAsync(NewGrain(), StateName, null, CancellationToken.None).DefaultTimeout("clear after stop"));
        Assert.Contains("stopped", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnStopAsync_Graceful_SendsQueuedOperations()
    {
        await using var storage = CreateStorage();
        await storage.OnStartAsync(CancellationToken.None).DefaultTimeout("start");
        var grains = Enumerable.Range(0, 40).Select(_ => NewGrain()).ToArray();
        var writes = grains.Select(grain => storage.WriteAsync(grain, StateName, Json(1), null, CancellationToken.None)).ToArray();

        await storage.OnStopAsync(CancellationToken.None).DefaultTimeout("graceful stop");

        Assert.All(await Task.WhenAll(writes).DefaultTimeout("writes queued before stop"), etag => Assert.Equal("1", etag));
    }

    [Fact]
    public async Task OnStopAsync_CancelledWhileBatchBlocked_FailsEveryOperationWithoutHanging()
    {
        await using var storage = CreateStorage(maxConcurrentBatches: 1);
        await storage.OnStartAsync(CancellationToken.None).DefaultTimeout("start");
        var locked = NewGrain();
        await storage.WriteAsync(locked, StateName, Json(1), null, CancellationToken.None).DefaultTimeout("insert");

        // Another transaction holds the row lock, so the batch that updates the row waits until the stop cancels it.
        await using var blocker = await fixture.Database.DataSource.OpenConnectionAsync().AsTask().DefaultTimeout("open blocker");
        await using var transaction = await blocker.BeginTransactionAsync().AsTask().DefaultTimeout("begin blocker");
        await using (var lockRow = new NpgsqlCommand(
            $"SELECT 1 FROM \"{fixture.Database.Schema}\".grain_state WHERE service_id = $1 AND grain_type = $2 AND grain_key = $3 FOR UPDATE", blocker, transaction))
        {
            lockRow.Parameters.Add(new NpgsqlParameter<string> { TypedValue = s_serviceId });
            lockRow.Parameters.Add(new NpgsqlParameter<string> { TypedValue = locked.Type });
            lockRow.Parameters.Add(new NpgsqlParameter<string> { TypedValue = locked.Key });
            Assert.Equal(1, await lockRow.ExecuteScalarAsync().DefaultTimeout("lock the row"));
        }

        var sending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        storage.BatchSending = _ => sending.TrySetResult();
        var blockedWrite = storage.WriteAsync(locked, StateName, Json(2), "1", CancellationToken.None);
        await sending.Task.DefaultTimeout("the batch holding the blocked write is sent");
        var queuedWrites = Enumerable.Range(0, 5).Select(_ => storage.WriteAsync(NewGrain(), StateName, Json(1), null, CancellationToken.None)).ToArray();

        await storage.OnStopAsync(new CancellationToken(canceled: true)).DefaultTimeout("stop with a cancelled token");

        var inFlight = await Assert.ThrowsAsync<InvalidOperationException>(() => blockedWrite.DefaultTimeout("blocked write"));
        Assert.Contains("in flight", inFlight.Message, StringComparison.Ordinal);
        foreach (var write in queuedWrites)
        {
            var queued = await Assert.ThrowsAsync<InvalidOperationException>(() => write.DefaultTimeout("write queued behind the blocked one"));
            Assert.Contains("before the write", queued.Message, StringComparison.Ordinal);
        }

        await transaction.RollbackAsync().DefaultTimeout("release the row lock");
        var stored = await storage.ReadAsync(locked, StateName, CancellationToken.None).DefaultTimeout("read after stop");
        Assert.Equal("1", stored?.Etag);
    }

    private static GrainId NewGrain() => new("batch", Guid.NewGuid().ToString("N"));

    private static byte[] Json(int n) => Encoding.UTF8.GetBytes($$"""{"n":{{n}}}""");

    private PostgreSqlGrainStorage CreateStorage(int maxConcurrentBatches = PostgreSqlStorageOptions.DefaultMaxConcurrentBatches)
        => PostgreSqlTestEnvironment.CreateGrainStorage(fixture.Database, s_serviceId, maxConcurrentBatches);
}
