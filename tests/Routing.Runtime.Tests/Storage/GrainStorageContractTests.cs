using System.Text;
using Routing.Runtime.Storage;
using Routing.Runtime.Tests.Infrastructure;

namespace Routing.Runtime.Tests.Storage;

/// <summary>
/// The semantics every <see cref="IGrainStorage"/> shares: versions "1", "2", ...; a write with a null etag only when
/// no row exists; a clear that keeps the row; compare-and-swap under concurrency. Deletes and prefix reads are in the
/// partial files next to this one.
/// </summary>
public abstract partial class GrainStorageContractTests : IAsyncLifetime
{
    private const string StateName = "state";
    private IGrainStorage? _storage;

    /// <summary>The storage under test, created for each test.</summary>
    protected IGrainStorage Storage => _storage ?? throw new InvalidOperationException("The storage is not created yet.");

    public async Task InitializeAsync() => _storage = await CreateStorageAsync();

    public Task DisposeAsync() => _storage is null ? Task.CompletedTask : DisposeStorageAsync(_storage);

    [Fact]
    public async Task ReadAsync_MissingRow_ReturnsNull()
    {
        var state = await Storage.ReadAsync(NewGrain(), StateName, CancellationToken.None).DefaultTimeout("read");

        Assert.Null(state);
    }

    [Fact]
    public async Task WriteAsync_NullEtagAndNoRow_InsertsVersionOne()
    {
        var grain = NewGrain();

        var etag = await Storage.WriteAsync(grain, StateName, Json(grain, 1), expectedEtag: null, CancellationToken.None).DefaultTimeout("insert");

        Assert.Equal("1", etag);
        var stored = await ReadExistingAsync(grain);
        Assert.Equal("1", stored.Etag);
        AssertJson(grain, 1, stored.Payload);
    }

    [Fact]
    public async Task WriteAsync_CurrentEtag_ReplacesPayloadAndBumpsVersion()
    {
        var grain = NewGrain();
        var first = await Storage.WriteAsync(grain, StateName, Json(grain, 1), null, CancellationToken.None).DefaultTimeout("insert");

        var second = await Storage.WriteAsync(grain, StateName, Json(grain, 2), first, CancellationToken.None).DefaultTimeout("update");

        Assert.Equal("2", second);
        var stored = await ReadExistingAsync(grain);
        Assert.Equal("2", stored.Etag);
        AssertJson(grain, 2, stored.Payload);
    }

    [Fact]
    public async Task WriteAsync_StaleEtag_ThrowsInconsistentStateAndKeepsRow()
    {
        var grain = NewGrain();
        var first = await Storage.WriteAsync(grain, StateName, Json(grain, 1), null, CancellationToken.None).DefaultTimeout("insert");
        await Storage.WriteAsync(grain, StateName, Json(grain, 2), first, CancellationToken.None).DefaultTimeout("update");

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(grain, StateName, Json(grain, 3), first, CancellationToken.None).DefaultTimeout("stale update"));

        Assert.Equal("2", conflict.StoredEtag);
        Assert.Equal("1", conflict.CurrentEtag);
        AssertJson(grain, 2, (await ReadExistingAsync(grain)).Payload);
    }

    [Fact]
    public async Task WriteAsync_NullEtagWhenRowExists_ThrowsInconsistentState()
    {
        var grain = NewGrain();
        await Storage.WriteAsync(grain, StateName, Json(grain, 1), null, CancellationToken.None).DefaultTimeout("insert");

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(grain, StateName, Json(grain, 2), null, CancellationToken.None).DefaultTimeout("second insert"));

        Assert.Equal("1", conflict.StoredEtag);
        Assert.Null(conflict.CurrentEtag);
    }

    [Fact]
    public async Task WriteAsync_EtagWhenNoRow_ThrowsInconsistentState()
    {
        var grain = NewGrain();

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(grain, StateName, Json(grain, 1), "1", CancellationToken.None).DefaultTimeout("update of a missing row"));

        Assert.Null(conflict.StoredEtag);
        Assert.Null(await Storage.ReadAsync(grain, StateName, CancellationToken.None).DefaultTimeout("read"));
    }

    [Fact]
    public async Task WriteAsync_OtherStateName_IsSeparateRow()
    {
        var grain = NewGrain();
        await Storage.WriteAsync(grain, StateName, Json(grain, 1), null, CancellationToken.None).DefaultTimeout("insert");

        var other = await Storage.WriteAsync(grain, "other", Json(grain, 7), null, CancellationToken.None).DefaultTimeout("insert of another state");

        Assert.Equal("1", other);
        AssertJson(grain, 1, (await ReadExistingAsync(grain)).Payload);
    }

    [Fact]
    public async Task ClearAsync_CurrentEtag_KeepsRowWithoutPayloadAndBumpsVersion()
    {
        var grain = NewGrain();
        var first = await Storage.WriteAsync(grain, StateName, Json(grain, 1), null, CancellationToken.None).DefaultTimeout("insert");

        var cleared = await Storage.ClearAsync(grain, StateName, first, CancellationToken.None).DefaultTimeout("clear");

        Assert.Equal("2", cleared);
        var stored = await ReadExistingAsync(grain);
        Assert.Null(stored.Payload);
        Assert.Equal("2", stored.Etag);
    }

    [Fact]
    public async Task WriteAsync_NullEtagAfterClear_ThrowsInconsistentState()
    {
        var grain = NewGrain();
        var first = await Storage.WriteAsync(grain, StateName, Json(grain, 1), null, CancellationToken.None).DefaultTimeout("insert");
        var cleared = await Storage.ClearAsync(grain, StateName, first, CancellationToken.None).DefaultTimeout("clear");

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(grain, StateName, Json(grain, 2), null, CancellationToken.None).DefaultTimeout("insert after clear"));

        Assert.Equal("2", conflict.StoredEtag);
        var rewritten = await Storage.WriteAsync(grain, StateName, Json(grain, 3), cleared, CancellationToken.None).DefaultTimeout("write after clear");
        Assert.Equal("3", rewritten);
        AssertJson(grain, 3, (await ReadExistingAsync(grain)).Payload);
    }

    [Fact]
    public async Task ClearAsync_NullEtagAndNoRow_InsertsClearedRow()
    {
        var grain = NewGrain();

        var cleared = await Storage.ClearAsync(grain, StateName, null, CancellationToken.None).DefaultTimeout("clear of a missing row");

        Assert.Equal("1", cleared);
        var stored = await ReadExistingAsync(grain);
        Assert.Null(stored.Payload);
        Assert.Equal("1", stored.Etag);
    }

    [Fact]
    public async Task ClearAsync_StaleEtag_ThrowsInconsistentState()
    {
        var grain = NewGrain();
        var first = await Storage.WriteAsync(grain, StateName, Json(grain, 1), null, CancellationToken.None).DefaultTimeout("insert");
        await Storage.WriteAsync(grain, StateName, Json(grain, 2), first, CancellationToken.None).DefaultTimeout("update");

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.ClearAsync(grain, StateName, first, CancellationToken.None).DefaultTimeout("stale clear"));

        Assert.Equal("2", conflict.StoredEtag);
        AssertJson(grain, 2, (await ReadExistingAsync(grain)).Payload);
    }

    [Fact]
    public async Task WriteAsync_ConcurrentWritersWithSameEtag_ExactlyOneWins()
    {
        const int Writers = 24;
        var grain = NewGrain();
        var first = await Storage.WriteAsync(grain, StateName, Json(grain, 0), null, CancellationToken.None).DefaultTimeout("insert");

        var outcomes = await ConflictOutcomes.SettleAsync(Enumerable.Range(1, Writers)
            .Select(n => Task.Run(() => Storage.WriteAsync(grain, StateName, Json(grain, n), first, CancellationToken.None)))
            .ToArray()).DefaultTimeout($"{Writers} concurrent writes of {grain}");

        var winner = Assert.Single(outcomes, outcome => outcome.Error is null);
        Assert.Equal("2", winner.Value);
        Assert.All(outcomes.Where(outcome => outcome.Error is not null), outcome => Assert.IsType<InconsistentStateException>(outcome.Error));
        var stored = await ReadExistingAsync(grain);
        Assert.Equal("2", stored.Etag);
        AssertJson(grain, Array.IndexOf(outcomes, winner) + 1, stored.Payload);
    }

    [Fact]
    public async Task WriteAsync_ConcurrentInsertsWithNullEtag_ExactlyOneWins()
    {
        const int Writers = 24;
        var grain = NewGrain();

        var outcomes = await ConflictOutcomes.SettleAsync(Enumerable.Range(1, Writers)
            .Select(n => Task.Run(() => Storage.WriteAsync(grain, StateName, Json(grain, n), null, CancellationToken.None)))
            .ToArray()).DefaultTimeout($"{Writers} concurrent inserts of {grain}");

        var winner = Assert.Single(outcomes, outcome => outcome.Error is null);
        Assert.Equal("1", winner.Value);
        Assert.All(outcomes.Where(outcome => outcome.Error is not null), outcome => Assert.IsType<InconsistentStateException>(outcome.Error));
        AssertJson(grain, Array.IndexOf(outcomes, winner) + 1, (await ReadExistingAsync(grain)).Payload);
    }

    [Fact]
    public async Task WriteAsync_ManyGrainsConcurrently_AllSucceedAndReadBackOwnPayload()
    {
        const int Grains = 300;
        var grains = Enumerable.Range(0, Grains).Select(_ => NewGrain()).ToArray();

        await Task.WhenAll(grains.Select(async grain =>
        {
            var etag = await Storage.WriteAsync(grain, StateName, Json(grain, 1), null, CancellationToken.None);
            etag = await Storage.WriteAsync(grain, StateName, Json(grain, 2), etag, CancellationToken.None);
            Assert.Equal("2", etag);
        })).DefaultTimeout($"{Grains} grains writing twice each");

        foreach (var grain in grains)
        {
            var stored = await ReadExistingAsync(grain);
            Assert.Equal("2", stored.Etag);
            AssertJson(grain, 2, stored.Payload);
        }
    }

    /// <summary>Creates (and starts) the storage under test; called once per test.</summary>
    protected abstract Task<IGrainStorage> CreateStorageAsync();

    /// <summary>Stops and disposes the storage under test.</summary>
    protected virtual Task DisposeStorageAsync(IGrainStorage storage) => Task.CompletedTask;

    private static GrainId NewGrain() => new("contract", Guid.NewGuid().ToString("N"));

    private static byte[] Json(GrainId grain, int n) => Encoding.UTF8.GetBytes($$"""{"grain":"{{grain.Key}}","n":{{n}},"text":"é \" \\ ok"}""");

    private static void AssertJson(GrainId grain, int n, byte[]? actual)
    {
        Assert.NotNull(actual);
        JsonAssert.Equivalent(Json(grain, n), actual, $"Grain {grain}");
    }

    private async Task<StoredGrainState> ReadExistingAsync(GrainId grain, string stateName = StateName)
    {
        var stored = await Storage.ReadAsync(grain, stateName, CancellationToken.None).DefaultTimeout($"read of '{stateName}' of {grain}");
        Assert.NotNull(stored);
        return stored;
    }
}
