using System.Collections.Concurrent;

namespace Routing.Runtime.Placement;

/// <summary>The single-silo directory: an in-memory first-writer-wins map.</summary>
internal sealed class LocalGrainDirectory : IGrainDirectory
{
    private readonly ConcurrentDictionary<GrainId, GrainAddress> _entries = new();

    public ValueTask<GrainAddress> RegisterAsync(GrainAddress address, CancellationToken cancellationToken)
        => ValueTask.FromResult(_entries.GetOrAdd(address.GrainId, address));

    public ValueTask UnregisterAsync(GrainAddress address, CancellationToken cancellationToken)
    {
        _entries.TryRemove(KeyValuePair.Create(address.GrainId, address));
        return ValueTask.CompletedTask;
    }

    public ValueTask<GrainAddress?> LookupAsync(GrainId grainId, CancellationToken cancellationToken)
        => ValueTask.FromResult(_entries.GetValueOrDefault(grainId));
}
