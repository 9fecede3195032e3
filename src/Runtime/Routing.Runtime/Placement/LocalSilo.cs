namespace Routing.Runtime.Placement;

/// <summary>The address of this silo incarnation.</summary>
internal sealed class LocalSilo(TimeProvider timeProvider)
{
    public SiloAddress Address { get; } = new("127.0.0.1", 0, timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
}
