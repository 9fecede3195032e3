namespace Routing.Runtime.Placement;

/// <summary>The address of one silo incarnation: endpoint plus generation, so a restarted silo is a different silo.</summary>
/// <param name="Host">The host name or IP address.</param>
/// <param name="Port">The silo-to-silo port.</param>
/// <param name="Generation">The incarnation, distinct for each start.</param>
public sealed record SiloAddress(string Host, int Port, long Generation)
{
    /// <inheritdoc />
    public override string ToString() => $"{Host}:{Port}@{Generation}";
}
