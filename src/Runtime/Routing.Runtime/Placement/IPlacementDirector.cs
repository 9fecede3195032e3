namespace Routing.Runtime.Placement;

/// <summary>
/// Chooses the silo for a new activation. Placement happens only at activation; a clustered implementation
/// prefers the local silo for conversations and agents and power-of-two-choices for queues.
/// </summary>
public interface IPlacementDirector
{
    /// <summary>Chooses a silo among the active ones for a grain that has no activation.</summary>
    SiloAddress SelectSilo(GrainId grainId, IReadOnlyList<SiloAddress> activeSilos, SiloAddress localSilo);
}
