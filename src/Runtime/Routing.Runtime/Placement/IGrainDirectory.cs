namespace Routing.Runtime.Placement;

/// <summary>
/// Maps each grain to its single activation. Registration is first-writer-wins: a silo that loses the race forwards
/// its queued calls to the winner instead of activating, which is what prevents duplicate activations in a cluster.
/// </summary>
public interface IGrainDirectory
{
    /// <summary>Registers an activation, or returns the address that already won.</summary>
    ValueTask<GrainAddress> RegisterAsync(GrainAddress address, CancellationToken cancellationToken);

    /// <summary>Removes an entry if it still points at this activation.</summary>
    ValueTask UnregisterAsync(GrainAddress address, CancellationToken cancellationToken);

    /// <summary>Finds the current activation of a grain, or null.</summary>
    ValueTask<GrainAddress?> LookupAsync(GrainId grainId, CancellationToken cancellationToken);
}
