namespace Routing.Runtime.Storage;

/// <summary>
/// A grain state store. Rows are keyed by (service id, grain type, grain key, state name) and carry a version
/// number that every write and clear compares and increments, so a stale writer cannot overwrite newer data.
/// </summary>
/// <remarks>
/// Implementations must be safe for concurrent use by many activations. Payloads are UTF-8 JSON.
/// </remarks>
public interface IGrainStorage
{
    /// <summary>Reads a state row, or returns null when none was ever written.</summary>
    Task<StoredGrainState?> ReadAsync(GrainId grainId, string stateName, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a state row when its stored version equals <paramref name="expectedEtag"/> (null: no row may exist yet)
    /// and returns the new version. Throws <see cref="InconsistentStateException"/> otherwise.
    /// </summary>
    Task<string> WriteAsync(GrainId grainId, string stateName, ReadOnlyMemory<byte> payload, string? expectedEtag, CancellationToken cancellationToken);

    /// <summary>
    /// Clears a state row under the same version check as a write. The row stays, with no payload and a new
    /// version, so a writer that still believes no row exists is rejected. Returns the new version.
    /// </summary>
    Task<string> ClearAsync(GrainId grainId, string stateName, string? expectedEtag, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes a state row when its stored version equals <paramref name="expectedEtag"/>; throws
    /// <see cref="InconsistentStateException"/> otherwise. Deleting a row that does not exist (with a null etag) is not
    /// an error. Unlike <see cref="ClearAsync"/> no row remains: use it for rows keyed by ids that never come back
    /// in an older version, such as one row per waiting conversation of a queue.
    /// </summary>
    Task DeleteAsync(GrainId grainId, string stateName, string? expectedEtag, CancellationToken cancellationToken);

    /// <summary>
    /// Reads every row of one grain whose state name starts with <paramref name="stateNamePrefix"/> (rows with no
    /// payload are skipped), for grains that keep a collection as one row per item. Rows come in ordinal order of
    /// their state names, whatever the database's collation.
    /// </summary>
    Task<IReadOnlyList<NamedGrainState>> ReadAllAsync(GrainId grainId, string stateNamePrefix, CancellationToken cancellationToken);
}
