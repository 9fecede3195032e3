using Routing.Runtime.Reminders;
using Routing.Runtime.Tests.PostgreSql;
using Routing.Runtime.Tests.Infrastructure;

namespace Routing.Runtime.Tests.Reminders;

/// <summary>
/// The semantics every <see cref="IReminderTable"/> shares. Etag values differ between tables, so the tests only
/// rely on an etag changing with each upsert. Each test uses its own service id.
/// </summary>
public abstract class ReminderTableContractTests
{
    private static readonly DateTimeOffset s_startAt = new(2026, 11, 22, 10, 30, 0, TimeSpan.FromHours(2));
    private static readonly TimeSpan s_period = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task ReadRowAsync_Missing_ReturnsNull()
    {
        var table = await CreateTableAsync(NewServiceId());

        Assert.Null(await table.ReadRowAsync(NewGrain(), "deadline", CancellationToken.None).DefaultTimeout("read"));
    }

    [Fact]
    public async Task UpsertRowAsync_NewRow_ReadsBackWithItsEtag()
    {
        var table = await CreateTableAsync(NewServiceId());
        var entry = NewEntry(NewGrain(), "deadline");

        var etag = await table.UpsertRowAsync(entry, CancellationToken.None).DefaultTimeout("upsert");

        var stored = await table.ReadRowAsync(entry.GrainId, entry.ReminderName, CancellationToken.None).DefaultTimeout("read");
        Assert.Equal(entry with { Etag = etag }, stored);
        Assert.Equal(s_startAt, stored!.StartAt);
    }

    [Fact]
    public async Task UpsertRowAsync_ExistingRow_ReplacesItAndChangesEtag()
    {
        var table = await CreateTableAsync(NewServiceId());
        var entry = NewEntry(NewGrain(), "deadline");
        var first = await table.UpsertRowAsync(entry, CancellationToken.None).DefaultTimeout("insert");
        var changed = entry with { StartAt = s_startAt.AddHours(1), Period = TimeSpan.FromMinutes(2), Etag = first };

        var second = await table.UpsertRowAsync(changed, CancellationToken.None).DefaultTimeout("replace");

        Assert.NotEqual(first, second);
        var stored = await table.ReadRowAsync(entry.GrainId, entry.ReminderName, CancellationToken.None).DefaultTimeout("read");
        Assert.Equal(changed with { Etag = second }, stored);
    }

    [Fact]
    public async Task ReadRowsAsync_SeveralGrains_ReturnsOnlyThatGrainsRows()
    {
        var table = await CreateTableAsync(NewServiceId());
        var grain = NewGrain();
        var other = NewGrain();
        var expected = new List<ReminderEntry>();
        foreach (var name in new[] { "a", "b", "c" })
        {
            var entry = NewEntry(grain, name);
            expected.Add(entry with { Etag = await table.UpsertRowAsync(entry, CancellationToken.None).DefaultTimeout($"upsert {name}") });
        }

        await table.UpsertRowAsync(NewEntry(other, "a"), CancellationToken.None).DefaultTimeout("upsert of another grain");

        var rows = await table.ReadRowsAsync(grain, CancellationToken.None).DefaultTimeout("read rows");
        Assert.Equal(expected, rows.OrderBy(row => row.ReminderName, StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadAllAsync_SeveralGrains_ReturnsEveryRowOfTheService()
    {
        var table = await CreateTableAsync(NewServiceId());
        var expected = new List<ReminderEntry>();
        foreach (var grain in new[] { NewGrain(), NewGrain() })
        {
            foreach (var name in new[] { "a", "b" })
            {
                var entry = NewEntry(grain, name);
                expected.Add(entry with { Etag = await table.UpsertRowAsync(entry, CancellationToken.None).DefaultTimeout($"upsert {grain}/{name}") });
            }
        }

        var rows = await table.ReadAllAsync(CancellationToken.None).DefaultTimeout("read all");

        Assert.Equal(
            expected.OrderBy(row => row.GrainId.Key, StringComparer.Ordinal).ThenBy(row => row.ReminderName, StringComparer.Ordinal),
            rows.OrderBy(row => row.GrainId.Key, StringComparer.Ordinal).ThenBy(row => row.ReminderName, StringComparer.Ordinal));
    }

    [Fact]
    public async Task RemoveRowAsync_CurrentEtag_RemovesRow()
    {
        var table = await CreateTableAsync(NewServiceId());
        var entry = NewEntry(NewGrain(), "deadline");
        var etag = await table.UpsertRowAsync(entry, CancellationToken.None).DefaultTimeout("upsert");

        Assert.True(await table.RemoveRowAsync(entry.GrainId, entry.ReminderName, etag, CancellationToken.None).DefaultTimeout("remove"));

        Assert.Null(await table.ReadRowAsync(entry.GrainId, entry.ReminderName, CancellationToken.None).DefaultTimeout("read"));
        Assert.False(await table.RemoveRowAsync(entry.GrainId, entry.ReminderName, etag, CancellationToken.None).DefaultTimeout("second remove"));
    }

    [Fact]
    public async Task RemoveRowAsync_StaleEtag_KeepsRow()
    {
        var table = await CreateTableAsync(NewServiceId());
        var entry = NewEntry(NewGrain(), "deadline");
        var first = await table.UpsertRowAsync(entry, CancellationToken.None).DefaultTimeout("insert");
        var second = await table.UpsertRowAsync(entry, CancellationToken.None).DefaultTimeout("replace");

        Assert.False(await table.RemoveRowAsync(entry.GrainId, entry.ReminderName, first, CancellationToken.None).DefaultTimeout("stale remove"));
        Assert.False(await table.RemoveRowAsync(entry.GrainId, entry.ReminderName, "not-a-version", CancellationToken.None).DefaultTimeout("remove with garbage etag"));

        Assert.Equal(second, (await table.ReadRowAsync(entry.GrainId, entry.ReminderName, CancellationToken.None).DefaultTimeout("read"))?.Etag);
    }

    [Fact]
    public async Task RemoveRowAsync_EtagFromBeforeRemoveAndReAdd_KeepsNewRow()
    {
        var table = await CreateTableAsync(NewServiceId());
        var entry = NewEntry(NewGrain(), "deadline");
        var old = await table.UpsertRowAsync(entry, CancellationToken.None).DefaultTimeout("first insert");
        Assert.True(await table.RemoveRowAsync(entry.GrainId, entry.ReminderName, old, CancellationToken.None).DefaultTimeout("remove"));
        var renewed = await table.UpsertRowAsync(entry, CancellationToken.None).DefaultTimeout("second insert");

        // Versions never repeat, so a remove based on the old row cannot hit the new one.
        Assert.NotEqual(old, renewed);
        Assert.False(await table.RemoveRowAsync(entry.GrainId, entry.ReminderName, old, CancellationToken.None).DefaultTimeout("stale remove"));
        Assert.NotNull(await table.ReadRowAsync(entry.GrainId, entry.ReminderName, CancellationToken.None).DefaultTimeout("read"));
    }

    [Fact]
    public async Task Tables_OfTwoServices_DoNotSeeEachOthersRows()
    {
        var mine = await CreateTableAsync(NewServiceId());
        var theirs = await CreateTableAsync(NewServiceId());
        var entry = NewEntry(NewGrain(), "deadline");
        var etag = await mine.UpsertRowAsync(entry, CancellationToken.None).DefaultTimeout("upsert");

        Assert.Empty(await theirs.ReadAllAsync(CancellationToken.None).DefaultTimeout("read all of the other service"));
        Assert.Empty(await theirs.ReadRowsAsync(entry.GrainId, CancellationToken.None).DefaultTimeout("read rows of the other service"));
        Assert.Null(await theirs.ReadRowAsync(entry.GrainId, entry.ReminderName, CancellationToken.None).DefaultTimeout("read row of the other service"));
        Assert.False(await theirs.RemoveRowAsync(entry.GrainId, entry.ReminderName, etag, CancellationToken.None).DefaultTimeout("remove from the other service"));
        var theirEtag = await theirs.UpsertRowAsync(entry with { Period = TimeSpan.FromHours(1) }, CancellationToken.None).DefaultTimeout("upsert into the other service");

        Assert.Equal(entry with { Etag = etag }, await mine.ReadRowAsync(entry.GrainId, entry.ReminderName, CancellationToken.None).DefaultTimeout("read own row"));
        Assert.Equal(TimeSpan.FromHours(1), (await theirs.ReadRowAsync(entry.GrainId, entry.ReminderName, CancellationToken.None).DefaultTimeout("read their row"))?.Period);
        Assert.NotNull(theirEtag);
    }

    /// <summary>Creates a started table scoped to <paramref name="serviceId"/>; tables of one service id share rows.</summary>
    protected abstract Task<IReminderTable> CreateTableAsync(string serviceId);

    private static string NewServiceId() => PostgreSqlTestEnvironment.NewServiceId("reminders");

    private static GrainId NewGrain() => new("queue", Guid.NewGuid().ToString("N"));

    private static ReminderEntry NewEntry(GrainId grain, string name) => new(grain, name, s_startAt, s_period, Etag: null);
}
