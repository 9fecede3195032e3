using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Routing.Gateway.Contracts;
using Routing.Gateway.Hubs;
using Routing.Gateway.Telemetry;
using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Model;

namespace Routing.Gateway.Push;

/// <summary>
/// This gateway's one observer of one agent grain: forwards offers and their endings to the agent's consoles, and
/// makes those consoles follow a conversation once the agent accepted it.
/// </summary>
internal sealed class AgentRelay(
    string agentKey,
    IHubContext<AgentHub, IAgentClient> agents,
    PushSubscriptions subscriptions,
    GatewayMetrics metrics,
    ILogger logger) : IAgentObserver
{
    public async Task OnOffer(OpenOffer offer)
    {
        try
        {
            metrics.Pushed("offer");
            await agents.Clients.Group(HubGroups.Agent(agentKey)).Offer(OfferDto.From(offer));
        }
        catch (Exception exception)
        {
            metrics.PushFailed("agent");
            GatewayLog.PushFailed(logger, exception, "agent", agentKey);
        }
    }

    public async Task OnOfferEnded(OfferResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        try
        {
            metrics.Pushed("offer-ended");
            if (resolution.Outcome == OfferOutcome.Accepted)
            {
                // Follow first, then tell: the console must not miss the customer's first message after accepting.
                var (tenantId, _) = Identifiers.Split(agentKey);
                await subscriptions.JoinAgentAsync(agentKey, Identifiers.Scoped(tenantId, resolution.ConversationId));
            }

            await agents.Clients.Group(HubGroups.Agent(agentKey)).OfferEnded(new OfferEndedDto(resolution.OfferId, resolution.ConversationId, resolution.Outcome));
        }
        catch (Exception exception)
        {
            metrics.PushFailed("agent");
            GatewayLog.PushFailed(logger, exception, "agent", agentKey);
        }
    }
}
