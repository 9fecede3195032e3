using System.Collections.Concurrent;
using System.Globalization;

namespace Routing.Runtime.Storage;

/// <summary>
/// The embedded default store: state rows in process memory, with the same version semantics as the PostgreSQL
/// store (so tests written against one hold for the other). Payloads are copied in and out, so a grain never shares
/// a mutable buffer with the store. Everything is lost when the process exits.
/// </summary>
public sealed class MemoryGrainStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<(GrainId GrainId, string StateName), StoredGrainState> _rows = new();

    /// <inheritdoc />
    public Task<StoredGrainState?> ReadAsync(GrainId grainId, string stateName, CancellationToken cancellationToken)
    {
        _rows.TryGetValue((grainId, stateName), out var row);
        return Task.FromResult(row is null ? null : row with { Payload = row.Payload?.ToArray() });
    }

    /// <inheritdoc />
    public Task<string> WriteAsync(GrainId grainId, string stateName, ReadOnlyMemory<byte> payload, string? expectedEtag, CancellationToken cancellationToken)
        => SwapAsync(grainId, stateName, payload.ToArray(), expectedEtag);

    /// <inheritdoc />
    public Task<string> ClearAsync(GrainId grainId, string stateName, string? expectedEtag, CancellationToken cancellationToken)
        => SwapAsync(grainId, stateName, payload: null, expectedEtag);

    // A conflict is reported through the task, as from a real store, never thrown synchronously.
    private Task<string> SwapAsync(GrainId grainId, string stateName, byte[]? payload, string? expectedEtag)
    {
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
        var key = (grainId, stateName);
        while (true)
        {
            if (!_rows.TryGetValue(key, out var current))
            {
                if (expectedEtag is not null)
                {
                    throw Conflict(grainId, stateName, storedEtag: null, expectedEtag);
                }

                var inserted = new StoredGrainState(payload, "1");
                if (_rows.TryAdd(key, inserted))
                {
                    return inserted.Etag;
                }

                continue;
            }

            if (current.Etag != expectedEtag)
            {
                throw Conflict(grainId, stateName, current.Etag, expectedEtag);
            }

            var next = new StoredGrainState(payload, NextVersion(current.Etag));
            if (_rows.TryUpdate(key, next, current))
            {
                return next.Etag;
            }
        }
    }

    private static string NextVersion(string etag)
        => (long.Parse(etag, NumberStyles.None, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);

    private static InconsistentStateException Conflict(GrainId grainId, string stateName, string? storedEtag, string? expectedEtag)
        => new($"State '{stateName}' of grain {grainId} was written by someone else: stored version {storedEtag ?? "none"}, expected {expectedEtag ?? "none"}.", storedEtag, expectedEtag);
}
