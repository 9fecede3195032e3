using System.Text;
using Routing.Runtime.Tests.Infrastructure;
using Routing.Runtime.Tests.PostgreSql;

namespace Routing.Runtime.Tests.Journal;

/// <summary>
/// The semantics every <see cref="IEventJournal"/> shares: entries numbered from 1 per stream, appends guarded by the
/// expected version, exactly one winner among concurrent appends, and an empty append rejected with an
/// <see cref="ArgumentException"/>. Each test uses its own service id and streams.
/// </summary>
public abstract class EventJournalContractTests
{
    private static readonly DateTimeOffset s_occurredAt = new(2026, 11, 22, 10, 30, 0, TimeSpan.FromHours(2));

    [Fact]
    public async Task AppendAsync_EmptyStreamExpectingZero_ReturnsNumberOfEvents()
    {
        var journal = await CreateJournalAsync(NewServiceId());

        var version = await journal.AppendAsync(NewStream(), 0, Events(1, 3)).DefaultTimeout("append to an empty stream");

        Assert.Equal(3, version);
    }

    [Fact]
    public async Task ReadAsync_AfterTwoAppends_ReturnsEveryEntryInOrder()
    {
        var journal = await CreateJournalAsync(NewServiceId());
        var stream = NewStream();
        var first = await journal.AppendAsync(stream, 0, Events(1, 2)).DefaultTimeout($"first append to {stream}");
        var second = await journal.AppendAsync(stream, first, Events(3, 3)).DefaultTimeout($"second append to {stream}");

        var entries = await journal.ReadAsync(stream).DefaultTimeout($"read of {stream}");

        Assert.Equal(5, second);
        AssertEntries(stream, 1, 5, entries);
    }

    [Fact]
    public async Task ReadAsync_AfterVersion_ReturnsOnlyLaterEntries()
    {
        var journal = await CreateJournalAsync(NewServiceId());
        var stream = NewStream();
        await journal.AppendAsync(stream, 0, Events(1, 5)).DefaultTimeout($"append to {stream}");

        AssertEntries(stream, 4, 2, await journal.ReadAsync(stream, afterVersion: 3).DefaultTimeout("read after 3"));
        Assert.Empty(await journal.ReadAsync(stream, afterVersion: 5).DefaultTimeout("read after the last entry"));
        Assert.Empty(await journal.ReadAsync(stream, afterVersion: 9).DefaultTimeout("read after a version beyond the stream"));
    }

    [Fact]
    public async Task ReadAsync_UnknownStream_ReturnsEmpty()
    {
        var journal = await CreateJournalAsync(NewServiceId());

        Assert.Empty(await journal.ReadAsync(NewStream()).DefaultTimeout("read of an unknown stream"));
    }

    [Fact]
    public async Task AppendAsync_StaleExpectedVersion_ThrowsInconsistentStateAndKeepsStream()
    {
        var journal = await CreateJournalAsync(NewServiceId());
        var stream = NewStream();
        await journal.AppendAsync(stream, 0, Events(1, 2)).DefaultTimeout($"first append to {stream}");

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => journal.AppendAsync(stream, 1, Events(10, 2)).DefaultTimeout($"stale append to {stream}"));
        await Assert.ThrowsAsync<InconsistentStateException>(
            () => journal.AppendAsync(stream, 0, Events(10, 1)).DefaultTimeout($"append to {stream} as if empty"));

        AssertEntries(stream, 1, 2, await journal.ReadAsync(stream).DefaultTimeout($"read of {stream}"));
    }

    [Fact]
    public async Task AppendAsync_ExpectedVersionAheadOfStream_ThrowsInconsistentStateAndLeavesNoGap()
    {
        var journal = await CreateJournalAsync(NewServiceId());
        var stream = NewStream();

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => journal.AppendAsync(stream, 1, Events(2, 1)).DefaultTimeout($"append after a missing entry of {stream}"));
        await journal.AppendAsync(stream, 0, Events(1, 2)).DefaultTimeout($"first append to {stream}");
        await Assert.ThrowsAsync<InconsistentStateException>(
            () => journal.AppendAsync(stream, 4, Events(5, 1)).DefaultTimeout($"append with a gap to {stream}"));

        AssertEntries(stream, 1, 2, await journal.ReadAsync(stream).DefaultTimeout($"read of {stream}"));
    }

    [Fact]
    public async Task AppendAsync_ConcurrentWritersWithSameExpectedVersion_ExactlyOneWins()
    {
        const int Writers = 16;
        var journal = await CreateJournalAsync(NewServiceId());
        var stream = NewStream();
        await journal.AppendAsync(stream, 0, Events(1, 1)).DefaultTimeout($"first append to {stream}");

        // Writer n appends events numbered 100n and 100n + 1, so the stored entries name their writer.
        var attempts = Enumerable.Range(1, Writers)
            .Select(n => Task.Run(() => journal.AppendAsync(stream, 1, Events(100 * n, 2))))
            .ToArray();
        var outcomes = await ConflictOutcomes.SettleAsync(attempts).DefaultTimeout($"{Writers} concurrent appends to {stream}");

        var winner = Assert.Single(outcomes, outcome => outcome.Error is null);
        Assert.Equal(3, winner.Value);
        Assert.All(outcomes.Where(outcome => outcome.Error is not null), outcome => Assert.IsType<InconsistentStateException>(outcome.Error));
        var entries = await journal.ReadAsync(stream).DefaultTimeout($"read of {stream}");
        Assert.Equal([1L, 2L, 3L], entries.Select(entry => entry.Sequence));
        var winnerNumber = 100 * (Array.IndexOf(outcomes, winner) + 1);
        AssertEntry(stream, 2, winnerNumber, entries[1]);
        AssertEntry(stream, 3, winnerNumber + 1, entries[2]);
    }

    [Fact]
    public async Task AppendAsync_TwoStreams_AreNumberedAndReadApart()
    {
        var journal = await CreateJournalAsync(NewServiceId());
        var mine = NewStream();
        var theirs = NewStream();
        await journal.AppendAsync(mine, 0, Events(1, 3)).DefaultTimeout($"append to {mine}");

        var version = await journal.AppendAsync(theirs, 0, Events(1, 1)).DefaultTimeout($"append to {theirs}");

        Assert.Equal(1, version);
        AssertEntries(mine, 1, 3, await journal.ReadAsync(mine).DefaultTimeout($"read of {mine}"));
        AssertEntries(theirs, 1, 1, await journal.ReadAsync(theirs).DefaultTimeout($"read of {theirs}"));
    }

    [Fact]
    public async Task AppendAsync_SameStreamInTwoServices_AreIsolated()
    {
        var mine = await CreateJournalAsync(NewServiceId());
        var theirs = await CreateJournalAsync(NewServiceId());
        var stream = NewStream();
        await mine.AppendAsync(stream, 0, Events(1, 2)).DefaultTimeout($"append to {stream} of one service");

        Assert.Empty(await theirs.ReadAsync(stream).DefaultTimeout($"read of {stream} of the other service"));
        var version = await theirs.AppendAsync(stream, 0, Events(50, 1)).DefaultTimeout($"append to {stream} of the other service");

        Assert.Equal(1, version);
        AssertEntries(stream, 1, 2, await mine.ReadAsync(stream).DefaultTimeout($"read of {stream} of one service"));
        AssertEntry(stream, 1, 50, Assert.Single(await theirs.ReadAsync(stream).DefaultTimeout($"second read of {stream} of the other service")));
    }

    [Fact]
    public async Task AppendAsync_EmptyList_ThrowsArgumentExceptionAndAppendsNothing()
    {
        var journal = await CreateJournalAsync(NewServiceId());
        var stream = NewStream();
        await journal.AppendAsync(stream, 0, Events(1, 1)).DefaultTimeout($"first append to {stream}");

        await Assert.ThrowsAsync<ArgumentException>(() => journal.AppendAsync(stream, 1, []).DefaultTimeout($"empty append to {stream}"));

        Assert.Equal(2, await journal.AppendAsync(stream, 1, Events(2, 1)).DefaultTimeout($"append to {stream} after the empty one"));
    }

    [Fact]
    public async Task AppendAsync_ConflictOrEmptyList_IsReportedThroughTheTaskNotThrown()
    {
        var journal = await CreateJournalAsync(NewServiceId());
        var stream = NewStream();

        // Calling must not throw; only awaiting the returned tasks does.
        var conflict = journal.AppendAsync(stream, 7, Events(8, 1));
        var empty = journal.AppendAsync(stream, 0, []);

        await Assert.ThrowsAsync<InconsistentStateException>(() => conflict.DefaultTimeout($"conflicting append to {stream}"));
        await Assert.ThrowsAsync<ArgumentException>(() => empty.DefaultTimeout($"empty append to {stream}"));
    }

    [Fact]
    public async Task AppendAsync_CallerChangesBuffersAfterward_StoredPayloadsStayUnchanged()
    {
        var journal = await CreateJournalAsync(NewServiceId());
        var stream = NewStream();
        var buffer = Json(1);
        await journal.AppendAsync(stream, 0, [Events(1, 1)[0] with { Payload = buffer }]).DefaultTimeout($"append to {stream}");

        Array.Fill(buffer, (byte)' ');
        var read = Assert.Single(await journal.ReadAsync(stream).DefaultTimeout($"first read of {stream}"));
        Array.Fill(read.Payload, (byte)' ');

        AssertEntries(stream, 1, 1, await journal.ReadAsync(stream).DefaultTimeout($"second read of {stream}"));
    }

    /// <summary>Creates a started journal scoped to <paramref name="serviceId"/>; journals of one service id share streams.</summary>
    protected abstract Task<IEventJournal> CreateJournalAsync(string serviceId);

    private static string NewServiceId() => PostgreSqlTestEnvironment.NewServiceId("journal");

    private static string NewStream() => $"conversation-{Guid.NewGuid():N}";

    // Events numbered first, first + 1, ...: event n has type "Numbered", occurred n seconds after s_occurredAt.
    private static JournalEvent[] Events(int first, int count)
        => [.. Enumerable.Range(first, count).Select(n => new JournalEvent("Numbered", Json(n), s_occurredAt.AddSeconds(n)))];

    private static byte[] Json(int n)
        => Encoding.UTF8.GetBytes($$"""{ "n": {{n}},  "text": "é \" \\ ok", "nested": {"b": [1, 2], "a": null} }""");

    // Asserts that entries hold events firstSequence..firstSequence + count - 1 as appended by Events(1, ...).
    private static void AssertEntries(string stream, long firstSequence, int count, IReadOnlyList<JournalEntry> entries)
    {
        Assert.Equal(count, entries.Count);
        for (var i = 0; i < count; i++)
        {
            AssertEntry(stream, firstSequence + i, (int)(firstSequence + i), entries[i]);
        }
    }

    private static void AssertEntry(string stream, long sequence, int n, JournalEntry entry)
    {
        Assert.Equal(stream, entry.StreamId);
        Assert.Equal(sequence, entry.Sequence);
        Assert.Equal("Numbered", entry.EventType);
        Assert.Equal(s_occurredAt.AddSeconds(n), entry.OccurredAt);
        JsonAssert.Equivalent(Json(n), entry.Payload, $"Stream {stream}, entry {sequence}");
    }
}
