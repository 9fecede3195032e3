using System.Collections.Concurrent;
using System.Globalization;

namespace Routing.Runtime.Journal;

/// <summary>
/// The embedded default journal: streams in process memory, with the same version semantics as the PostgreSQL
/// journal (so tests written against one hold for the other). Payloads are copied in and out, so a caller never
/// shares a mutable buffer with the journal. Everything is lost when the process exits.
/// </summary>
/// <remarks>
/// Payloads are stored as given: unlike PostgreSQL, this journal neither checks that they are JSON nor normalizes them.
/// </remarks>
public sealed class MemoryEventJournal : IEventJournal
{
    // Each stream's list is also its lock; entry i of a list has sequence i + 1.
    private readonly ConcurrentDictionary<string, List<JournalEntry>> _streams = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<JournalEvent> events, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<long>(cancellationToken);
        }

        // Failures are reported through the task, as from a real store, never thrown synchronously.
        try
        {
            return Task.FromResult(Append(streamId, expectedVersion, events));
        }
        catch (Exception exception) when (exception is InconsistentStateException or ArgumentException)
        {
            return Task.FromException<long>(exception);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<JournalEntry>> ReadAsync(string streamId, long afterVersion = 0, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<IReadOnlyList<JournalEntry>>(cancellationToken);
        }

        try
        {
            return Task.FromResult(Read(streamId, afterVersion));
        }
        catch (ArgumentException exception)
        {
            return Task.FromException<IReadOnlyList<JournalEntry>>(exception);
        }
    }

    private long Append(string streamId, long expectedVersion, IReadOnlyList<JournalEvent> events)
    {
        ArgumentNullException.ThrowIfNull(streamId);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("An append needs at least one event.", nameof(events));
        }

        // Copied before taking the lock: the caller's buffers are read once, and never while other writers wait.
        var entries = new JournalEntry[events.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var journalEvent = events[i] ?? throw new ArgumentException($"Event {i} is null.", nameof(events));
            ArgumentNullException.ThrowIfNull(journalEvent.EventType, nameof(events));
            entries[i] = new JournalEntry(streamId, expectedVersion + i + 1, journalEvent.EventType, journalEvent.Payload.ToArray(), journalEvent.OccurredAt);
        }

        var stream = _streams.GetOrAdd(streamId, static _ => []);
        lock (stream)
        {
            if (stream.Count != expectedVersion)
            {
                throw new InconsistentStateException(
                    $"Stream '{streamId}' is at version {stream.Count}, not the expected {expectedVersion}: someone else appended. Re-read it and decide again.",
                    stream.Count.ToString(CultureInfo.InvariantCulture),
                    expectedVersion.ToString(CultureInfo.InvariantCulture));
            }

            stream.AddRange(entries);
            return stream.Count;
        }
    }

    private IReadOnlyList<JournalEntry> Read(string streamId, long afterVersion)
    {
        ArgumentNullException.ThrowIfNull(streamId);
        ArgumentOutOfRangeException.ThrowIfNegative(afterVersion);
        if (!_streams.TryGetValue(streamId, out var stream))
        {
            return [];
        }

        JournalEntry[] stored;
        lock (stream)
        {
            var start = (int)Math.Min(afterVersion, stream.Count);
            stored = new JournalEntry[stream.Count - start];
            stream.CopyTo(start, stored, 0, stored.Length);
        }

        // Stored entries are never changed, so their payloads can be copied outside the lock.
        return Array.ConvertAll(stored, entry => entry with { Payload = entry.Payload.AsSpan().ToArray() });
    }
}
