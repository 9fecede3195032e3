using Routing.Runtime;

namespace Routing.Grains.Interfaces.Agents;

/// <summary>An agent's console connection.</summary>
public interface IAgentObserver : IGrainObserver
{
    /// <summary>A new offer with its expiry.</summary>
    [OneWay]
    Task OnOffer(OpenOffer offer);

    /// <summary>An offer ended.</summary>
    [OneWay]
    Task OnOfferEnded(OfferResolution resolution);
}
