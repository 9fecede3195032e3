using Routing.Grains.Interfaces.Model;
using Routing.Runtime;

namespace Routing.Grains.Interfaces.Agents;

/// <summary>
/// One agent of a tenant (key <c>tenant/agent</c>): profile, presence, open offers, assignments and wrap-ups. It is
/// the only authority over its capacity and its offers: a reservation succeeds only when a slot is free, and an
/// offer ends exactly once (accepted, rejected, expired or withdrawn) by a turn of this grain.
/// </summary>
public interface IAgentGrain : IGrainWithStringKey
{
    /// <summary>Sets the profile and registers the agent with the queues that need its skills.</summary>
    Task Configure(AgentProfile profile);

    /// <summary>Sets presence. Going offline withdraws open offers and sends assigned conversations back to their queues.</summary>
    Task SetPresence(AgentPresence presence);

    /// <summary>The agent's state.</summary>
    [ReadOnly]
    Task<AgentView> GetView();

    /// <summary>A queue reserves a slot for an offer; the offer is written before this returns.</summary>
    Task<ReserveResult> TryReserve(RoutingOffer offer);

    /// <summary>Accepts an open offer. False when the offer is no longer open (expired, withdrawn, unknown).</summary>
    Task<bool> Accept(string offerId);

    /// <summary>Rejects an open offer. False when it is no longer open.</summary>
    Task<bool> Reject(string offerId);

    /// <summary>
    /// How a recent offer of this agent ended, or null when it is still open or not known (never made, or ended long
    /// ago or before a restart). Lets callers tell "too late" from "no such offer".
    /// </summary>
    [ReadOnly]
    Task<OfferOutcome?> GetOfferOutcome(string offerId);

    /// <summary>Withdraws an open offer for a conversation (it left its queue). Returns how the offer stood.</summary>
    Task<OfferOutcome?> Withdraw(string conversationId);

    /// <summary>Whether the agent holds a conversation as an open offer or an assignment.</summary>
    [ReadOnly]
    Task<bool> Holds(string conversationId);

    /// <summary>A queue (re)learns this agent's availability, for example after the queue reactivated.</summary>
    [OneWay]
    Task ReportAvailability(string queueId);

    /// <summary>The tenant's queues changed: re-register with the queues that need this agent's skills.</summary>
    [OneWay]
    Task OnQueuesChanged();

    /// <summary>An assigned conversation closed: its slot is held for wrap-up, then freed.</summary>
    [OneWay]
    Task OnConversationClosed(string conversationId);

    /// <summary>An assigned conversation left this agent without wrap-up (transferred, or abandoned before the assignment arrived).</summary>
    [OneWay]
    Task OnConversationReleased(string conversationId);

    /// <summary>Subscribes (or renews) the agent's console for offers and assignments.</summary>
    Task Subscribe(IAgentObserver observer);

    /// <summary>Unsubscribes the agent's console.</summary>
    Task Unsubscribe(IAgentObserver observer);
}
