using System.Threading.Channels;
using Routing.Grains.Interfaces.Agents;

namespace Routing.Grains.Tests.Infrastructure;

/// <summary>A test agent console: receives offers and offer endings through the agent grain's observer push.</summary>
public sealed class AgentConsole : IAgentObserver
{
    public Channel<OpenOffer> Offers { get; } = Channel.CreateUnbounded<OpenOffer>();

    public Channel<OfferResolution> Endings { get; } = Channel.CreateUnbounded<OfferResolution>();

    public Task OnOffer(OpenOffer offer)
    {
        Offers.Writer.TryWrite(offer);
        return Task.CompletedTask;
    }

    public Task OnOfferEnded(OfferResolution resolution)
    {
        Endings.Writer.TryWrite(resolution);
        return Task.CompletedTask;
    }

    public async Task<OpenOffer> NextOfferAsync(string what)
    {
        try
        {
            return await Offers.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No offer arrived for {what}.");
        }
    }
}
