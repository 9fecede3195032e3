using Routing.Runtime.Placement;

namespace Routing.Runtime.Messaging;

/// <summary>The transport of a silo that is not clustered: the local silo is the only one.</summary>
internal sealed class LocalOnlyTransport(LocalSilo localSilo) : IMessageTransport
{
    public IReadOnlyList<SiloAddress> ActiveSilos { get; } = [localSilo.Address];

    public void Send(SiloAddress target, Message message)
        => throw new InvalidOperationException($"Cannot send {message.Describe()} to silo {target}: this silo is not part of a cluster.");
}
