using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Customers;
using Routing.Grains.Interfaces.Events;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Privacy;
using Routing.Grains.Interfaces.Queues;
using Routing.Grains.Interfaces.Tenants;
using Routing.Grains.Queues;

namespace Routing.Grains.Conversations;

public sealed partial class ConversationGrain
{
    public async Task<EnqueueResult> RequestHuman(RequestHuman request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireStarted();
        if (State.Status.IsWaiting() && State.QueueId == request.QueueId)
        {
            return new EnqueueResult(EnqueueOutcome.AlreadyQueued, _position, _estimatedWait);
        }

        Require(State.Status is ConversationStatus.Created or ConversationStatus.BotStage, "hand over to a human");
        await RequireQueueAsync(request.QueueId);
        State.Context = State.Context! with
        {
            Intent = request.Intent ?? State.Context.Intent,
            HandoffReason = request.Reason,
        };
        var profile = await GrainFactory.GetGrain<ICustomerProfileGrain>(Identifiers.Scoped(_tenantId, State.Context.CustomerId)).GetProfile();
        var result = await EnqueueAsync(request.QueueId, profile.PreferredAgentId ?? profile.LastAgentId);
        if (result.Outcome == EnqueueOutcome.AdmissionRefused)
        {
            State.CallbackOffered = true;
            Emit(new AdmissionRefused(GetPrimaryKeyString(), TimeProvider.GetUtcNow(), request.QueueId, result.Reason ?? "queue full"));
            await SaveAsync();
            await PushAsync();
            return result;
        }

        var now = Transition(ConversationStatus.Queued);
        Emit(new ConversationQueued(GetPrimaryKeyString(), now, request.QueueId, result.Position ?? 0));
        await SaveAsync();
        await PushAsync();
        return result;
    }

    public async Task<ConversationView> Abandon()
    {
        RequireStarted();
        switch (State.Status)
        {
            case ConversationStatus.Assigned:
                // The customer left during service: the conversation ends as if the agent closed it.
                return await CloseAsync(State.AgentId!);
            case ConversationStatus.Queued or ConversationStatus.Offered:
                // If the agent accepted meanwhile, its assignment notice finds the conversation abandoned and frees the agent.
                await LeaveQueueAsync(RemoveReasons.Abandoned);
                break;
            case ConversationStatus.Created or ConversationStatus.BotStage:
                break;
            default:
                return View();
        }

        var now = Transition(ConversationStatus.Abandoned);
        Emit(new ConversationAbandoned(GetPrimaryKeyString(), now, State.QueueId));
        await SaveAsync();
        await PushAsync();
        return View();
    }

    public async Task<ConversationView> ChooseCallback(bool leaveMessage)
    {
        Require(State.Status.IsWaiting() || (State.CallbackOffered && State.Status is ConversationStatus.Created or ConversationStatus.BotStage), "choose a callback");
        if (State.Status.IsWaiting())
        {
            await LeaveQueueAsync(RemoveReasons.Callback);
        }

        var now = Transition(leaveMessage ? ConversationStatus.LeftMessage : ConversationStatus.Callback);
        Emit(new CallbackChosen(GetPrimaryKeyString(), now, leaveMessage));
        await SaveAsync();
        await PushAsync();
        return View();
    }

    public async Task<ConversationView> Transfer(string byAgentId, TransferTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        Require(State.Status == ConversationStatus.Assigned && State.AgentId == byAgentId, "transfer a conversation not assigned to this agent");
        if ((target.QueueId is null) == (target.AgentId is null))
        {
            throw new ArgumentException("A transfer names exactly one of a queue or an agent.", nameof(target));
        }

        if (target.Note is { Length: > 1000 })
        {
            throw new ArgumentException("A transfer note is at most 1,000 characters.", nameof(target));
        }

        var queueId = target.QueueId ?? State.QueueId!;
        await RequireQueueAsync(queueId);
        State.Context = State.Context! with { TransferNote = target.Note is null ? null : PersonalDataMasker.Mask(target.Note) };
        // To an agent: through the queue, with that agent as the preferred one, so the offer, its timeout and the
        // fallback to other agents all work as for any conversation. It keeps its arrival time: no lost place.
        var result = await EnqueueAsync(queueId, target.AgentId);
        if (result.Outcome == EnqueueOutcome.AdmissionRefused)
        {
            throw new ConversationRuleException($"Queue '{queueId}' refuses new conversations: {result.Reason}.");
        }

        var fromAgent = State.AgentId!;
        State.AgentId = null;
        State.AgentDisplayName = null;
        State.OfferId = null;
        var now = Transition(ConversationStatus.Queued);
        Emit(new ConversationTransferred(GetPrimaryKeyString(), now, fromAgent, target.QueueId, target.AgentId, target.Note));
        Emit(new ConversationQueued(GetPrimaryKeyString(), now, queueId, result.Position ?? 0));
        await SaveAsync();
        await Agent(fromAgent).OnConversationReleased(_conversationId);
        await PushAsync();
        return View();
    }

    public async Task<ConversationView> Close(string byAgentId, string? wrapUpCode = null)
    {
        if (wrapUpCode is not null && !Identifiers.IsValid(wrapUpCode))
        {
            throw new ArgumentException($"wrapUpCode {Identifiers.Rule}.", nameof(wrapUpCode));
        }

        Require(State.Status == ConversationStatus.Assigned && State.AgentId == byAgentId, "close a conversation not assigned to this agent");
        return await CloseAsync(byAgentId, wrapUpCode);
    }

    public async Task<ConversationView> CreateTicket(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Require(!State.Status.IsEnded() && State.Status != ConversationStatus.WrapUp, "create a ticket");
        if (State.Status.IsWaiting())
        {
            await LeaveQueueAsync(RemoveReasons.Ticketed);
        }
        else if (State.Status == ConversationStatus.Assigned)
        {
            await Agent(State.AgentId!).OnConversationReleased(_conversationId);
        }

        var now = Transition(ConversationStatus.Ticketed);
        Emit(new ConversationTicketed(GetPrimaryKeyString(), now, reason));
        await SaveAsync();
        await PushAsync();
        return View();
    }

    public async Task<ConversationView> Rate(int score, string? comment)
    {
        if (score is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A satisfaction score is 1 to 5.");
        }

        if (comment is { Length: > 1000 })
        {
            throw new ArgumentException("A comment is at most 1,000 characters.", nameof(comment));
        }

        Require(State.Status is ConversationStatus.WrapUp or ConversationStatus.Closed, "rate a conversation before service ended");
        if (State.Satisfaction is not null)
        {
            throw new ConversationRuleException($"Conversation '{_conversationId}' was already rated.");
        }

        var now = TimeProvider.GetUtcNow();
        State.Satisfaction = new SatisfactionRating(score, comment is null ? null : PersonalDataMasker.Mask(comment), now);
        Emit(new SatisfactionRated(GetPrimaryKeyString(), now, score));
        await SaveAsync();
        return View();
    }

    private async Task<ConversationView> CloseAsync(string agentId, string? wrapUpCode = null)
    {
        var now = Transition(ConversationStatus.WrapUp);
        State.HandleTime = State.AssignedAt is { } assignedAt ? now - assignedAt : null;
        State.WrapUpCode = wrapUpCode;
        Emit(new ConversationWrapUpStarted(GetPrimaryKeyString(), now, agentId, wrapUpCode));
        await SaveAsync();
        await Agent(agentId).OnConversationClosed(_conversationId);
        await PushAsync();
        return View();
    }

    /// <summary>Asks a queue for a place; keeps the first arrival time, so re-queues and transfers keep their place.</summary>
    private async Task<EnqueueResult> EnqueueAsync(string queueId, string? preferredAgentId)
    {
        var arrivedAt = State.ArrivedAt ?? TimeProvider.GetUtcNow();
        var context = ContextWithTranscript();
        var basePriority = PriorityPolicy.BasePriority(context);
        var readmission = State.ArrivedAt is not null && State.Status != ConversationStatus.Created && State.Status != ConversationStatus.BotStage;
        var result = await Queue(queueId).Enqueue(new QueueTicket(_conversationId, arrivedAt, basePriority, preferredAgentId, SeniorOnly: false, context, readmission));
        if (result.Outcome != EnqueueOutcome.AdmissionRefused)
        {
            State.QueueId = queueId;
            State.ArrivedAt = arrivedAt;
            State.BasePriority = basePriority;
            _position = result.Position;
            _estimatedWait = result.EstimatedWait;
        }

        return result;
    }

    private async Task LeaveQueueAsync(string reason)
    {
        if (State.QueueId is { } queueId)
        {
            await Queue(queueId).Remove(_conversationId, reason);
        }
    }

    private async Task RequireQueueAsync(string queueId)
    {
        if (!Identifiers.IsValid(queueId) || await GrainFactory.GetGrain<ITenantGrain>(_tenantId).GetQueue(queueId) is null)
        {
            throw new KeyNotFoundException($"Queue '{queueId}' does not exist.");
        }
    }

    private ISkillQueueGrain Queue(string queueId) => GrainFactory.GetGrain<ISkillQueueGrain>(Identifiers.Scoped(_tenantId, queueId));

    private IAgentGrain Agent(string agentId) => GrainFactory.GetGrain<IAgentGrain>(Identifiers.Scoped(_tenantId, agentId));
}
