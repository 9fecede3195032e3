using System.Globalization;
using Routing.Runtime.Tests.Infrastructure;

namespace Routing.Runtime.Tests.Storage;

/// <summary>Deletes: the same version check as a write, and no row left behind.</summary>
public abstract partial class GrainStorageContractTests
{
    [Fact]
    public async Task DeleteAsync_CurrentEtag_RemovesRowAndNullEtagInsertStartsAgain()
    {
        var grain = NewGrain();
        var first = await Storage.WriteAsync(grain, StateName, Json(grain, 1), null, CancellationToken.None).DefaultTimeout("insert");
        var second = await Storage.WriteAsync(grain, StateName, Json(grain, 2), first, CancellationToken.None).DefaultTimeout("update");

        await Storage.DeleteAsync(grain, StateName, second, CancellationToken.None).DefaultTimeout("delete");

        Assert.Null(await Storage.ReadAsync(grain, StateName, CancellationToken.None).DefaultTimeout("read after delete"));
        var inserted = await Storage.WriteAsync(grain, StateName, Json(grain, 3), null, CancellationToken.None).DefaultTimeout("insert after delete");
        Assert.Equal("1", inserted);
        AssertJson(grain, 3, (await ReadExistingAsync(grain)).Payload);
    }

    [Fact]
    public async Task DeleteAsync_StaleEtag_ThrowsInconsistentStateAndKeepsRow()
    {
        var grain = NewGrain();
        var first = await Storage.WriteAsync(grain, StateName, Json(grain, 1), null, CancellationToken.None).DefaultTimeout("insert");
        await Storage.WriteAsync(grain, StateName, Json(grain, 2), first, CancellationToken.None).DefaultTimeout("update");

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.DeleteAsync(grain, StateName, first, CancellationToken.None).DefaultTimeout("stale delete"));

        Assert.Equal("2", conflict.StoredEtag);
        Assert.Equal("1", conflict.CurrentEtag);
        var stored = await ReadExistingAsync(grain);
        Assert.Equal("2", stored.Etag);
        AssertJson(grain, 2, stored.Payload);
    }

    [Fact]
    public async Task DeleteAsync_NullEtagAndNoRow_Succeeds()
    {
        var grain = NewGrain();

        await Storage.DeleteAsync(grain, StateName, null, CancellationToken.None).DefaultTimeout("delete of a missing row");

        Assert.Null(await Storage.ReadAsync(grain, StateName, CancellationToken.None).DefaultTimeout("read"));
        Assert.Empty(await Storage.ReadAllAsync(grain, "", CancellationToken.None).DefaultTimeout("read all"));
    }

    [Fact]
    public async Task DeleteAsync_NullEtagWhenRowExists_ThrowsInconsistentState()
    {
        var grain = NewGrain();
        await Storage.WriteAsync(grain, StateName, Json(grain, 1), null, CancellationToken.None).DefaultTimeout("insert");

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.DeleteAsync(grain, StateName, null, CancellationToken.None).DefaultTimeout("delete with no etag"));

        Assert.Equal("1", conflict.StoredEtag);
        Assert.Null(conflict.CurrentEtag);
        AssertJson(grain, 1, (await ReadExistingAsync(grain)).Payload);
    }

    [Fact]
    public async Task DeleteAsync_EtagWhenNoRow_ThrowsInconsistentState()
    {
        var grain = NewGrain();

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.DeleteAsync(grain, StateName, "1", CancellationToken.None).DefaultTimeout("delete of a missing row with an etag"));

        Assert.Null(conflict.StoredEtag);
        Assert.Equal("1", conflict.CurrentEtag);
    }

    [Fact]
    public async Task DeleteAsync_SameEtagTwice_SecondThrowsInconsistentState()
    {
        var grain = NewGrain();
        var first = await Storage.WriteAsync(grain, StateName, Json(grain, 1), null, CancellationToken.None).DefaultTimeout("insert");
        await Storage.DeleteAsync(grain, StateName, first, CancellationToken.None).DefaultTimeout("delete");

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.DeleteAsync(grain, StateName, first, CancellationToken.None).DefaultTimeout("second delete"));

        Assert.Null(conflict.StoredEtag);
    }

    [Fact]
    public async Task DeleteAsync_ClearedRowWithCurrentEtag_RemovesRow()
    {
        var grain = NewGrain();
        var first = await Storage.WriteAsync(grain, StateName, Json(grain, 1), null, CancellationToken.None).DefaultTimeout("insert");
        var cleared = await Storage.ClearAsync(grain, StateName, first, CancellationToken.None).DefaultTimeout("clear");

        await Storage.DeleteAsync(grain, StateName, cleared, CancellationToken.None).DefaultTimeout("delete of the cleared row");

        Assert.Null(await Storage.ReadAsync(grain, StateName, CancellationToken.None).DefaultTimeout("read after delete"));
        Assert.Equal("1", await Storage.WriteAsync(grain, StateName, Json(grain, 2), null, CancellationToken.None).DefaultTimeout("insert after delete"));
    }

    [Fact]
    public async Task DeleteAsync_OneStateName_KeepsOtherRowsOfGrain()
    {
        var grain = NewGrain();
        var etag = await Storage.WriteAsync(grain, StateName, Json(grain, 1), null, CancellationToken.None).DefaultTimeout("insert");
        await Storage.WriteAsync(grain, "other", Json(grain, 2), null, CancellationToken.None).DefaultTimeout("insert of another state");

        await Storage.DeleteAsync(grain, StateName, etag, CancellationToken.None).DefaultTimeout("delete");

        Assert.Null(await Storage.ReadAsync(grain, StateName, CancellationToken.None).DefaultTimeout("read of the deleted row"));
        AssertJson(grain, 2, (await ReadExistingAsync(grain, "other")).Payload);
    }

    [Fact]
    public async Task DeleteAsync_RacingWritesWithSameEtag_ExactlyOneWins()
    {
        const int Racers = 24;
        var grain = NewGrain();
        var first = await Storage.WriteAsync(grain, StateName, Json(grain, 0), null, CancellationToken.None).DefaultTimeout("insert");

        // Even racers delete, odd racers write; all of them expect version 1.
        var errors = await ConflictOutcomes.SettleAsync(Enumerable.Range(0, Racers)
            .Select(n => Task.Run(() => n % 2 == 0
                ? Storage.DeleteAsync(grain, StateName, first, CancellationToken.None)
                : Storage.WriteAsync(grain, StateName, Json(grain, n), first, CancellationToken.None)))
            .ToArray()).DefaultTimeout($"{Racers} racing deletes and writes of {grain}");

        var winner = Assert.Single(Enumerable.Range(0, Racers), n => errors[n] is null);
        var stored = await Storage.ReadAsync(grain, StateName, CancellationToken.None).DefaultTimeout("read after the race");
        if (winner % 2 == 0)
        {
            Assert.Null(stored);
        }
        else
        {
            Assert.Equal("2", stored?.Etag);
            AssertJson(grain, winner, stored?.Payload);
        }
    }

    [Fact]
    public async Task DeleteAsync_RowsOfOneGrainComingAndGoingConcurrently_NoneIsLost()
    {
        const int Rows = 4;
        const int Rounds = 100;
        var grain = NewGrain();

        // Each task owns one row, so every operation must succeed, while the grain keeps losing its last row and
        // getting a first one again.
        await Task.WhenAll(Enumerable.Range(0, Rows).Select(row => Task.Run(async () =>
        {
            var name = ItemName(row);
            for (var round = 0; round < Rounds; round++)
            {
                var etag = await Storage.WriteAsync(grain, name, Json(grain, round), null, CancellationToken.None);
                Assert.Equal("1", etag);
                await Storage.DeleteAsync(grain, name, etag, CancellationToken.None);
            }

            await Storage.WriteAsync(grain, name, Json(grain, row), null, CancellationToken.None);
        }))).DefaultTimeout($"{Rows} rows of {grain} inserted and deleted {Rounds} times each");

        var rows = await Storage.ReadAllAsync(grain, "item/", CancellationToken.None).DefaultTimeout("read all");
        Assert.Equal(Enumerable.Range(0, Rows).Select(ItemName), rows.Select(row => row.StateName));
        Assert.All(rows, row => Assert.Equal("1", row.Etag));
    }

    [Fact]
    public async Task DeleteAsync_ManyRowsConcurrentlyWithWrites_AllResolve()
    {
        const int Rows = 600;
        var grain = NewGrain();
        var etags = await Task.WhenAll(Enumerable.Range(0, Rows)
            .Select(row => Storage.WriteAsync(grain, ItemName(row), Json(grain, row), null, CancellationToken.None)))
            .DefaultTimeout($"{Rows} inserts into {grain}");

        // Even rows are deleted, odd rows updated, as many new rows inserted, and as many absent rows deleted with no
        // etag, all at once: with several batches in flight, rows of one grain are spread over batches.
        var operations = new List<Task>();
        for (var row = 0; row < Rows; row++)
        {
            operations.Add(row % 2 == 0
                ? Storage.DeleteAsync(grain, ItemName(row), etags[row], CancellationToken.None)
                : Storage.WriteAsync(grain, ItemName(row), Json(grain, -row), etags[row], CancellationToken.None));
            operations.Add(Storage.WriteAsync(grain, ItemName(Rows + row), Json(grain, Rows + row), null, CancellationToken.None));
            operations.Add(Storage.DeleteAsync(grain, ItemName(3 * Rows + row), null, CancellationToken.None));
        }

        var errors = await ConflictOutcomes.SettleAsync([.. operations]).DefaultTimeout($"{operations.Count} concurrent deletes and writes of {grain}");

        Assert.All(errors, error => Assert.Null(error));
        var rows = await Storage.ReadAllAsync(grain, "item/", CancellationToken.None).DefaultTimeout("read all");
        var expected = Enumerable.Range(0, Rows).Where(row => row % 2 == 1).Concat(Enumerable.Range(Rows, Rows)).ToArray();
        Assert.Equal(expected.Select(ItemName), rows.Select(row => row.StateName));
        foreach (var (row, stored) in expected.Zip(rows))
        {
            Assert.Equal(row < Rows ? "2" : "1", stored.Etag);
            AssertJson(grain, row < Rows ? -row : row, stored.Payload);
        }
    }

    private static string ItemName(int row) => "item/" + row.ToString("D5", CultureInfo.InvariantCulture);
}
