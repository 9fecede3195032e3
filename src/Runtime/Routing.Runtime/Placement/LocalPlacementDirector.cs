namespace Routing.Runtime.Placement;

/// <summary>Places every activation on the calling silo: the single-silo default.</summary>
internal sealed class LocalPlacementDirector : IPlacementDirector
{
    public SiloAddress SelectSilo(GrainId grainId, IReadOnlyList<SiloAddress> activeSilos, SiloAddress localSilo) => localSilo;
}
