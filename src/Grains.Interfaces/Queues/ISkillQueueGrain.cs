using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Conversations;
using Routing.Runtime;

namespace Routing.Grains.Interfaces.Queues;

/// <summary>
/// One skill queue of a tenant (key <c>tenant/queue</c>): its waiting conversations in priority-then-arrival order,
/// its view of the agents serving it, and its SLA and escalation timer. It decides whom to offer a conversation to;
/// the agent grain confirms (it is the authority over its own capacity).
/// </summary>
/// <remarks>
/// Call direction, to keep call cycles impossible: conversations and the tenant call queues; queues call agents;
/// everything flowing back (agent availability, offer outcomes, queue updates to conversations) is one-way.
/// </remarks>
public interface ISkillQueueGrain : IGrainWithStringKey
{
    /// <summary>Sets the queue's routing definition (called by the tenant grain).</summary>
    Task Configure(QueueDefinition definition);

    /// <summary>
    /// Adds a conversation, or refuses it by admission control. Idempotent per conversation. Its row is written before
    /// this returns; offering it happens in a separate turn, together with other waiting conversations.
    /// </summary>
    /// <remarks>
    /// Always interleaves, so many arrivals wait for their row writes at once instead of one after another: the
    /// entry joins the list before the await, and dispatch leaves it alone until its row is written.
    /// </remarks>
    [AlwaysInterleave]
    Task<EnqueueResult> Enqueue(QueueTicket ticket);

    /// <summary>The queue's nudge to itself to offer waiting conversations; harmless from anyone else.</summary>
    [OneWay]
    Task DispatchPending();

    /// <summary>Takes a conversation out (abandoned, transferred, callback chosen), withdrawing its open offer if any.</summary>
    Task<RemoveOutcome> Remove(string conversationId, string reason);

    /// <summary>The queue's live figures.</summary>
    [ReadOnly]
    Task<QueueSnapshot> GetSnapshot();

    /// <summary>An agent's presence or load changed.</summary>
    [OneWay]
    Task OnAgentAvailability(AgentAvailability availability);

    /// <summary>An agent stopped serving this queue.</summary>
    [OneWay]
    Task OnAgentLeft(string agentId);

    /// <summary>An offer made by this queue ended (decided by the agent grain).</summary>
    [OneWay]
    Task OnOfferResolved(OfferResolution resolution);
}
