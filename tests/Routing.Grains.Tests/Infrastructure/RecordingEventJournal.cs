using System.Collections.Concurrent;
using Routing.Runtime;

namespace Routing.Grains.Tests.Infrastructure;

/// <summary>
/// An in-memory journal that also lets tests wait for an event: every conversation change emits one, so a test waits
/// for "ConversationAssigned of c1" instead of sleeping or polling.
/// </summary>
public sealed class RecordingEventJournal : IEventJournal
{
    private readonly ConcurrentDictionary<string, List<JournalEntry>> _streams = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Stream, string Type, int Occurrence), TaskCompletionSource<JournalEntry>> _waiters = new();

    public Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<JournalEvent> events, CancellationToken cancellationToken = default)
    {
        var stream = _streams.GetOrAdd(streamId, _ => []);
        var appended = new List<JournalEntry>();
        lock (stream)
        {
            if (stream.Count != expectedVersion)
            {
                return Task.FromException<long>(new InconsistentStateException($"Stream {streamId} is at {stream.Count}, not {expectedVersion}."));
            }

            foreach (var @event in events)
            {
                var entry = new JournalEntry(streamId, stream.Count + 1, @event.EventType, @event.Payload.ToArray(), @event.OccurredAt);
                stream.Add(entry);
                appended.Add(entry);
            }
        }

        foreach (var entry in appended)
        {
            var occurrence = Read(streamId).Count(existing => existing.EventType == entry.EventType && existing.Sequence <= entry.Sequence);
            Waiter(streamId, entry.EventType, occurrence).TrySetResult(entry);
        }

        return Task.FromResult((long)appended[^1].Sequence);
    }

    public Task<IReadOnlyList<JournalEntry>> ReadAsync(string streamId, long afterVersion = 0, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<JournalEntry>>([.. Read(streamId).Where(entry => entry.Sequence > afterVersion)]);

    public IReadOnlyList<JournalEntry> Read(string streamId)
    {
        if (!_streams.TryGetValue(streamId, out var stream))
        {
            return [];
        }

        lock (stream)
        {
            return [.. stream];
        }
    }

    /// <summary>Waits for the <paramref name="occurrence"/>-th event of a type in a stream.</summary>
    public async Task<JournalEntry> WaitForAsync(string streamId, string eventType, int occurrence = 1, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(10);
        try
        {
            return await Waiter(streamId, eventType, occurrence).Task.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            var seen = string.Join(", ", Read(streamId).Select(entry => entry.EventType));
            throw new TimeoutException($"No {eventType} #{occurrence} in stream {streamId} within {limit}; it holds: [{seen}].");
        }
    }

    private TaskCompletionSource<JournalEntry> Waiter(string streamId, string eventType, int occurrence)
        => _waiters.GetOrAdd((streamId, eventType, occurrence), static _ => new TaskCompletionSource<JournalEntry>(TaskCreationOptions.RunContinuationsAsynchronously));
}
