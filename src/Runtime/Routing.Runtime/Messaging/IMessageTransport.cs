using Routing.Runtime.Placement;

namespace Routing.Runtime.Messaging;

/// <summary>
/// Carries messages to other silos. The cluster layer implements it with framed messages over TCP; a single silo
/// has no peers, so its transport refuses every remote send.
/// </summary>
internal interface IMessageTransport
{
    /// <summary>The silos this transport can reach, including the local one.</summary>
    IReadOnlyList<SiloAddress> ActiveSilos { get; }

    /// <summary>Sends a message to another silo; its response arrives through the runtime client by correlation id.</summary>
    void Send(SiloAddress target, Message message);
}
