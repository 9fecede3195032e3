namespace Routing.Runtime;

/// <summary>
/// A grain's persistent state. It is read before activation; writes are guarded by <see cref="Etag"/>, so a write
/// based on a stale version throws <see cref="InconsistentStateException"/> instead of overwriting newer data.
/// </summary>
/// <typeparam name="TState">The state type; serialized as JSON.</typeparam>
public interface IPersistentState<TState>
{
    /// <summary>The current state. Never null: a grain with no stored record gets a new instance.</summary>
    TState State { get; set; }

    /// <summary>The stored version this handle is based on, or null when nothing was ever stored.</summary>
    string? Etag { get; }

    /// <summary>True when a stored record exists (false after <see cref="ClearStateAsync"/>).</summary>
    bool RecordExists { get; }

    /// <summary>Reads the stored state, replacing <see cref="State"/> and <see cref="Etag"/>.</summary>
    Task ReadStateAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes <see cref="State"/>. Throws <see cref="InconsistentStateException"/> when the stored version is no
    /// longer <see cref="Etag"/>. Do not retry blindly: re-read, re-decide, then write.
    /// </summary>
    Task WriteStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Clears the stored state (guarded by <see cref="Etag"/> like a write) and resets <see cref="State"/>.</summary>
    Task ClearStateAsync(CancellationToken cancellationToken = default);
}
