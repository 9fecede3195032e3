using Routing.Runtime.Tests.Infrastructure;

namespace Routing.Runtime.Tests.Storage;

/// <summary>Prefix reads: one grain's rows with a payload whose state name starts with the prefix, in ordinal order.</summary>
public abstract partial class GrainStorageContractTests
{
    [Fact]
    public async Task ReadAllAsync_Prefix_ReturnsOnlyThisGrainsRowsWithPayloadInOrdinalOrder()
    {
        var grain = NewGrain();
        var sameKeyOtherType = new GrainId("contract-other", grain.Key);
        await InsertAsync(grain, "item/b", 1);
        await InsertAsync(grain, "item/a", 2);
        await InsertAsync(grain, "item/C", 3);
        var updated = await InsertAsync(grain, "item/updated", 4);
        await Storage.WriteAsync(grain, "item/updated", Json(grain, 5), updated, CancellationToken.None).DefaultTimeout("update");
        var cleared = await InsertAsync(grain, "item/cleared", 6);
        await Storage.ClearAsync(grain, "item/cleared", cleared, CancellationToken.None).DefaultTimeout("clear");
        var deleted = await InsertAsync(grain, "item/deleted", 7);
        await Storage.DeleteAsync(grain, "item/deleted", deleted, CancellationToken.None).DefaultTimeout("delete");
        await InsertAsync(grain, "item", 8);
        await InsertAsync(grain, "items/a", 9);
        await InsertAsync(grain, "other/item/a", 10);
        await InsertAsync(NewGrain(), "item/a", 11);
        await InsertAsync(sameKeyOtherType, "item/a", 12);

        var rows = await Storage.ReadAllAsync(grain, "item/", CancellationToken.None).DefaultTimeout($"read all of {grain}");

        Assert.Equal(["item/C", "item/a", "item/b", "item/updated"], rows.Select(row => row.StateName));
        Assert.Equal(["1", "1", "1", "2"], rows.Select(row => row.Etag));
        AssertJson(grain, 3, rows[0].Payload);
        AssertJson(grain, 2, rows[1].Payload);
        AssertJson(grain, 1, rows[2].Payload);
        AssertJson(grain, 5, rows[3].Payload);
    }

    [Fact]
    public async Task ReadAllAsync_PrefixWithPatternCharacters_MatchesLiterally()
    {
        var grain = NewGrain();
        await InsertAsync(grain, "50%/a", 1);
        await InsertAsync(grain, "50x/a", 2);
        await InsertAsync(grain, "a_b/1", 3);
        await InsertAsync(grain, "axb/1", 4);
        await InsertAsync(grain, @"c\d/1", 5);
        await InsertAsync(grain, "cd/1", 6);

        var percent = await Storage.ReadAllAsync(grain, "50%", CancellationToken.None).DefaultTimeout("read all of '50%'");
        var underscore = await Storage.ReadAllAsync(grain, "a_", CancellationToken.None).DefaultTimeout("read all of 'a_'");
        var backslash = await Storage.ReadAllAsync(grain, @"c\", CancellationToken.None).DefaultTimeout(@"read all of 'c\'");

        Assert.Equal(["50%/a"], percent.Select(row => row.StateName));
        Assert.Equal(["a_b/1"], underscore.Select(row => row.StateName));
        Assert.Equal([@"c\d/1"], backslash.Select(row => row.StateName));
    }

    [Fact]
    public async Task ReadAllAsync_EmptyPrefix_ReturnsEveryRowWithPayload()
    {
        var grain = NewGrain();
        await InsertAsync(grain, "b", 1);
        await InsertAsync(grain, "a", 2);
        var cleared = await InsertAsync(grain, "c", 3);
        await Storage.ClearAsync(grain, "c", cleared, CancellationToken.None).DefaultTimeout("clear");

        var rows = await Storage.ReadAllAsync(grain, "", CancellationToken.None).DefaultTimeout("read all");

        Assert.Equal(["a", "b"], rows.Select(row => row.StateName));
    }

    [Fact]
    public async Task ReadAllAsync_NoRows_ReturnsEmpty()
    {
        var rows = await Storage.ReadAllAsync(NewGrain(), "item/", CancellationToken.None).DefaultTimeout("read all");

        Assert.Empty(rows);
    }

    [Fact]
    public async Task ReadAllAsync_ReturnedPayloadChanged_StoredRowUnchanged()
    {
        var grain = NewGrain();
        await InsertAsync(grain, "item/a", 1);
        var read = await Storage.ReadAllAsync(grain, "item/", CancellationToken.None).DefaultTimeout("first read all");

        Array.Clear(read[0].Payload);

        var again = await Storage.ReadAllAsync(grain, "item/", CancellationToken.None).DefaultTimeout("second read all");
        AssertJson(grain, 1, Assert.Single(again).Payload);
    }

    private Task<string> InsertAsync(GrainId grain, string stateName, int n)
        => Storage.WriteAsync(grain, stateName, Json(grain, n), null, CancellationToken.None).DefaultTimeout($"insert of '{stateName}' of {grain}");
}
