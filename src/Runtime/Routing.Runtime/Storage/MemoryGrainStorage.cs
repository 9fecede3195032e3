using System.Collections.Concurrent;
using System.Globalization;

namespace Routing.Runtime.Storage;

/// <summary>
/// The embedded default store: state rows in process memory, with the same version semantics as the PostgreSQL
/// store (so tests written against one hold for the other). Payloads are copied in and out, so a grain never shares
/// a mutable buffer with the store. Everything is lost when the process exits.
/// </summary>
/// <remarks>
/// Rows are indexed per grain, so <see cref="ReadAllAsync"/> touches only the rows of the grain it reads. Reads take
/// no lock; changes to one grain's rows take that grain's lock, so different grains never contend.
/// </remarks>
public sealed class MemoryGrainStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<GrainId, GrainRows> _grains = new();

    /// <inheritdoc />
    public Task<StoredGrainState?> ReadAsync(GrainId grainId, string stateName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        StoredGrainState? row = null;
        if (_grains.TryGetValue(grainId, out var rows))
        {
            rows.Rows.TryGetValue(stateName, out row);
        }

        return Task.FromResult(row is null ? null : row with { Payload = row.Payload?.ToArray() });
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<NamedGrainState>> ReadAllAsync(GrainId grainId, string stateNamePrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateNamePrefix);
        var found = new List<NamedGrainState>();
        if (_grains.TryGetValue(grainId, out var rows))
        {
            foreach (var (stateName, row) in rows.Rows)
            {
                if (row.Payload is { } payload && stateName.StartsWith(stateNamePrefix, StringComparison.Ordinal))
                {
                    found.Add(new NamedGrainState(stateName, payload.ToArray(), row.Etag));
                }
            }
        }

        found.Sort(static (left, right) => string.CompareOrdinal(left.StateName, right.StateName));
        return Task.FromResult<IReadOnlyList<NamedGrainState>>(found);
    }

    /// <inheritdoc />
    public Task<string> WriteAsync(GrainId grainId, string stateName, ReadOnlyMemory<byte> payload, string? expectedEtag, CancellationToken cancellationToken)
        => SwapAsync(grainId, stateName, payload.ToArray(), expectedEtag);

    /// <inheritdoc />
    public Task<string> ClearAsync(GrainId grainId, string stateName, string? expectedEtag, CancellationToken cancellationToken)
        => SwapAsync(grainId, stateName, payload: null, expectedEtag);

    /// <inheritdoc />
    public Task DeleteAsync(GrainId grainId, string stateName, string? expectedEtag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        try
        {
            Delete(grainId, stateName, expectedEtag);
            return Task.CompletedTask;
        }
        catch (InconsistentStateException exception)
        {
            return Task.FromException(exception);
        }
    }

    // Here and in DeleteAsync, a conflict is reported through the task, as from a real store, never thrown
    // synchronously.
    private Task<string> SwapAsync(GrainId grainId, string stateName, byte[]? payload, string? expectedEtag)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        try
        {
            return Task.FromResult(Swap(grainId, stateName, payload, expectedEtag));
        }
        catch (InconsistentStateException exception)
        {
            return Task.FromException<string>(exception);
        }
    }

    private string Swap(GrainId grainId, string stateName, byte[]? payload, string? expectedEtag)
    {
        while (true)
        {
            var rows = _grains.GetOrAdd(grainId, static _ => new GrainRows());
            lock (rows.Gate)
            {
                if (rows.Retired)
                {
                    // Its last row was deleted after we looked it up; a new index for the grain takes over.
                    continue;
                }

                rows.Rows.TryGetValue(stateName, out var current);
                if (current?.Etag != expectedEtag)
                {
                    RetireIfEmpty(grainId, rows);
                    throw Conflict(grainId, stateName, current?.Etag, expectedEtag);
                }

                var next = new StoredGrainState(payload, current is null ? "1" : NextVersion(current.Etag));
                rows.Rows[stateName] = next;
                return next.Etag;
            }
        }
    }

    private void Delete(GrainId grainId, string stateName, string? expectedEtag)
    {
        if (!_grains.TryGetValue(grainId, out var rows))
        {
            ThrowUnlessExpectedNone(grainId, stateName, expectedEtag);
            return;
        }

        lock (rows.Gate)
        {
            // A retired index is empty and stays empty, so it answers for a missing row as well as a live one.
            if (!rows.Rows.TryGetValue(stateName, out var current))
            {
                ThrowUnlessExpectedNone(grainId, stateName, expectedEtag);
                return;
            }

            if (current.Etag != expectedEtag)
            {
                throw Conflict(grainId, stateName, current.Etag, expectedEtag);
            }

            rows.Rows.TryRemove(stateName, out _);
            RetireIfEmpty(grainId, rows);
        }
    }

    // Called under the grain's lock. Drops an empty index, so a grain that deleted all its rows (or whose first write
    // conflicted) costs nothing. Writers check Retired under the same lock, so none adds a row to an index that is no
    // longer reachable.
    private void RetireIfEmpty(GrainId grainId, GrainRows rows)
    {
        if (rows.Rows.IsEmpty)
        {
            rows.Retired = true;
            _grains.TryRemove(new KeyValuePair<GrainId, GrainRows>(grainId, rows));
        }
    }

    private static void ThrowUnlessExpectedNone(GrainId grainId, string stateName, string? expectedEtag)
    {
        if (expectedEtag is not null)
        {
            throw Conflict(grainId, stateName, storedEtag: null, expectedEtag);
        }
    }

    private static string NextVersion(string etag)
        => (long.Parse(etag, NumberStyles.None, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);

    private static InconsistentStateException Conflict(GrainId grainId, string stateName, string? storedEtag, string? expectedEtag)
        => new($"State '{stateName}' of grain {grainId} was written by someone else: stored version {storedEtag ?? "none"}, expected {expectedEtag ?? "none"}.", storedEtag, expectedEtag);

    /// <summary>The rows of one grain, by state name.</summary>
    private sealed class GrainRows
    {
        /// <summary>Serializes changes to these rows: each version check and its swap happen as one step.</summary>
        public Lock Gate { get; } = new();

        /// <summary>Read without the lock; changed only under <see cref="Gate"/>.</summary>
        public ConcurrentDictionary<string, StoredGrainState> Rows { get; } = new(StringComparer.Ordinal);

        /// <summary>Set, under <see cref="Gate"/>, when this index left the store; it takes no rows after that.</summary>
        public bool Retired { get; set; }
    }
}
