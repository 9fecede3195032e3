using Routing.Runtime.Activation;
using Routing.Runtime.Observers;

namespace Routing.Runtime.Messaging;

/// <summary>
/// Decides where a message goes: to a local observer object, or to the grain's activation through the catalog
/// (which consults the directory and placement for grains with no local activation).
/// </summary>
internal sealed class MessageRouter(Catalog catalog, ObserverRegistry observers)
{
    public void Route(Message message)
    {
        if (message.Target.Type == ObserverRegistry.ObserverGrainType)
        {
            observers.Deliver(message);
            return;
        }

        catalog.Deliver(message);
    }
}
