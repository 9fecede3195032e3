using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Customers;
using Routing.Grains.Interfaces.Events;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Logging;

namespace Routing.Grains.Conversations;

public sealed partial class ConversationGrain
{
    public async Task OnOffered(string queueId, string offerId, string agentId)
    {
        if (State.Status != ConversationStatus.Queued || State.QueueId != queueId)
        {
            return;
        }

        var now = Transition(ConversationStatus.Offered);
        State.AgentId = agentId;
        State.OfferId = offerId;
        Emit(new OfferCreated(GetPrimaryKeyString(), now, queueId, offerId, agentId));
        await SaveAsync();
        await PushAsync();
    }

    public async Task OnOfferEnded(OfferResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        if (State.Status != ConversationStatus.Offered || State.OfferId != resolution.OfferId)
        {
            return;
        }

        var now = Transition(ConversationStatus.Queued);
        State.AgentId = null;
        State.OfferId = null;
        Emit(resolution.Outcome switch
        {
            OfferOutcome.Rejected => new OfferRejected(GetPrimaryKeyString(), now, resolution.OfferId, resolution.AgentId),
            OfferOutcome.Expired => new OfferExpired(GetPrimaryKeyString(), now, resolution.OfferId, resolution.AgentId),
            _ => new OfferWithdrawn(GetPrimaryKeyString(), now, resolution.OfferId, resolution.AgentId),
        });
        await SaveAsync();
        await PushAsync();
    }

    public async Task OnAssigned(string offerId, string agentId, string agentDisplayName)
    {
        if (State.Status == ConversationStatus.Assigned && State.AgentId == agentId)
        {
            return;
        }

        if (!State.Status.IsWaiting())
        {
            // Abandoned, closed, or with another agent: this agent must not keep it. Never two agents.
            await Agent(agentId).OnConversationReleased(_conversationId);
            return;
        }

        var now = Transition(ConversationStatus.Assigned);
        State.AgentId = agentId;
        State.AgentDisplayName = agentDisplayName;
        State.OfferId = offerId;
        State.AssignedAt = now;
        Emit(new OfferAccepted(GetPrimaryKeyString(), now, offerId, agentId));
        Emit(new ConversationAssigned(GetPrimaryKeyString(), now, agentId));
        await SaveAsync();
        await GrainFactory.GetGrain<ICustomerProfileGrain>(Identifiers.Scoped(_tenantId, State.Context!.CustomerId)).OnServedBy(agentId);
        await PushAsync();
    }

    public async Task OnQueueUpdate(string queueId, int position, TimeSpan estimatedWait)
    {
        if (State.Status != ConversationStatus.Queued || State.QueueId != queueId)
        {
            return;
        }

        _position = position;
        _estimatedWait = estimatedWait;
        await PushAsync();
    }

    public async Task OnEscalated(string queueId, int stepIndex, string description)
    {
        if (!State.Status.IsWaiting() || State.QueueId != queueId)
        {
            return;
        }

        Emit(new ConversationEscalated(GetPrimaryKeyString(), TimeProvider.GetUtcNow(), queueId, stepIndex, description));
        await SaveAsync();
    }

    public async Task OnOverflow(string fromQueueId, string toQueueId)
    {
        if (State.Status != ConversationStatus.Queued || State.QueueId != fromQueueId)
        {
            return;
        }

        try
        {
            var result = await EnqueueAsync(toQueueId, preferredAgentId: null);
            if (result.Outcome == EnqueueOutcome.AdmissionRefused)
            {
                throw new InvalidOperationException($"queue {toQueueId} refused it: {result.Reason}");
            }

            Emit(new ConversationOverflowed(GetPrimaryKeyString(), TimeProvider.GetUtcNow(), fromQueueId, toQueueId));
        }
        catch (Exception exception)
        {
            // The source queue already let it go: put it back there rather than leave it in no queue.
            RoutingLog.RequeueFailed(logger, exception, _conversationId, toQueueId, fromQueueId);
            await EnqueueAsync(fromQueueId, preferredAgentId: null);
        }

        await SaveAsync();
        await PushAsync();
    }

    public async Task OnCallbackOffered(string queueId, string reason)
    {
        if (!State.Status.IsWaiting() || State.QueueId != queueId || State.CallbackOffered)
        {
            return;
        }

        State.CallbackOffered = true;
        Emit(new CallbackOffered(GetPrimaryKeyString(), TimeProvider.GetUtcNow(), queueId, reason));
        await SaveAsync();
        await PushAsync();
    }

    public async Task OnAgentLeft(string agentId)
    {
        if (State.Status != ConversationStatus.Assigned || State.AgentId != agentId)
        {
            return;
        }

        // The agent went offline mid-conversation: back to the queue, keeping the original arrival time.
        var queueId = State.QueueId!;
        await EnqueueAsync(queueId, preferredAgentId: null);
        State.AgentId = null;
        State.AgentDisplayName = null;
        State.OfferId = null;
        var now = Transition(ConversationStatus.Queued);
        Emit(new ConversationRequeued(GetPrimaryKeyString(), now, queueId, $"agent {agentId} went offline"));
        await SaveAsync();
        await PushAsync();
    }

    public async Task OnWrapUpCompleted(string agentId)
    {
        if (State.Status != ConversationStatus.WrapUp || State.AgentId != agentId)
        {
            return;
        }

        var now = Transition(ConversationStatus.Closed);
        Emit(new ConversationClosed(GetPrimaryKeyString(), now, agentId, State.HandleTime));
        await SaveAsync();
        await PushAsync();
    }
}
