namespace Routing.Runtime;

/// <summary>
/// An append-only, per-stream ordered log of domain events (for example one stream per conversation). Entries are
/// numbered from 1 within their stream; an append states the stream version it expects, so two writers can never
/// interleave or duplicate entries of one stream.
/// </summary>
public interface IEventJournal
{
    /// <summary>
    /// Appends entries after <paramref name="expectedVersion"/> (0 for an empty stream) and returns the new version.
    /// Throws <see cref="InconsistentStateException"/> when the stream's version is not the expected one.
    /// </summary>
    /// <remarks>
    /// All the entries are appended or none. Of concurrent appends stating the same version, exactly one succeeds. An
    /// empty <paramref name="events"/> list is a caller's mistake, not a no-op: it fails with an
    /// <see cref="ArgumentException"/>, so a version is never returned without having been checked. Every failure,
    /// including invalid arguments, is reported through the returned task.
    /// </remarks>
    Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<JournalEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Reads the entries of a stream with a sequence number above <paramref name="afterVersion"/>, in order.</summary>
    /// <remarks>A stream that was never appended to reads as empty.</remarks>
    Task<IReadOnlyList<JournalEntry>> ReadAsync(string streamId, long afterVersion = 0, CancellationToken cancellationToken = default);
}
