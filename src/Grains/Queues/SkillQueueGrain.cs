using Microsoft.Extensions.Logging;
using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Queues;
using Routing.Runtime;

namespace Routing.Grains.Queues;

/// <summary>
/// A skill queue: waiting conversations in priority-then-arrival order, the queue's view of its agents, offers,
/// and one timer for SLA escalation, preferred-agent windows, position pushes and offer reconciliation.
/// </summary>
/// <remarks>
/// Not reentrant: dispatch awaits the agent's reservation, and nothing else may change the waiting list meanwhile.
/// State is written before an offer leaves the grain and before an enqueue is acknowledged.
/// </remarks>
public sealed partial class SkillQueueGrain(
    [PersistentState("queue")] IPersistentState<QueueState> store,
    ILogger<SkillQueueGrain> logger) : Grain, ISkillQueueGrain
{
    private readonly Dictionary<string, AgentAvailability> _agents = new(StringComparer.Ordinal);
    private readonly WaitEstimator _estimator = new();
    private WaitingList _waiting = new(1);
    private string _tenantId = "";
    private string _queueId = "";

    private QueueState State => store.State;

    private QueueDefinition Definition => State.Definition ?? throw new InvalidOperationException($"Queue '{_queueId}' of tenant '{_tenantId}' is not configured.");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_tenantId, _queueId) = Identifiers.Split(GetPrimaryKeyString());
        RebuildWaitingList();
        foreach (var agentId in State.KnownAgents)
        {
            await Agent(agentId).ReportAvailability(_queueId);
        }

        StartTimer();
    }

    public async Task Configure(QueueDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        State.Definition = definition with { QueueId = _queueId };
        State.Waiting = [.. _waiting.InOrder];
        RebuildWaitingList();
        // No dispatch here: the tenant grain awaits this call, and a dispatch would call agents, which may be
        // calling the tenant; the queue's timer dispatches within a second instead.
        await SaveAsync();
    }

    public async Task<EnqueueResult> Enqueue(QueueTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var definition = Definition;
        var now = TimeProvider.GetUtcNow();
        if (_waiting.Contains(ticket.ConversationId) || State.Offers.ContainsKey(ticket.ConversationId))
        {
            var position = PositionOf(ticket.ConversationId);
            return new EnqueueResult(EnqueueOutcome.AlreadyQueued, position, position is { } p ? Estimate(p, now) : null);
        }

        var newPosition = _waiting.Count + 1;
        if (!ticket.Readmission && definition.MaxQueueLength is { } maxLength && _waiting.Count >= maxLength)
        {
            return new EnqueueResult(EnqueueOutcome.AdmissionRefused, null, Estimate(newPosition, now), $"the queue already holds {_waiting.Count} conversations (limit {maxLength})");
        }

        if (!ticket.Readmission && definition.MaxEstimatedWait is { } maxWait && Estimate(newPosition, now) is var estimate && estimate > maxWait)
        {
            return new EnqueueResult(EnqueueOutcome.AdmissionRefused, null, estimate, $"the estimated wait {estimate:mm\\:ss} is above the limit {maxWait:mm\\:ss}");
        }

        var entry = new WaitingEntry
        {
            ConversationId = ticket.ConversationId,
            ArrivedAt = ticket.ArrivedAt,
            Sequence = ++State.NextSequence,
            BasePriority = ticket.BasePriority,
            Context = ticket.Context,
            SeniorOnly = ticket.SeniorOnly,
            MinProficiency = definition.MinProficiency,
            PreferredAgentId = ticket.PreferredAgentId,
            PreferredUntil = ticket.PreferredAgentId is { } preferred && definition.PreferredAgentWindow > TimeSpan.Zero && State.KnownAgents.Contains(preferred)
                ? now + definition.PreferredAgentWindow
                : null,
        };
        _waiting.Add(entry);
        await SaveAsync();
        await DispatchAsync();

        var queuedAt = PositionOf(ticket.ConversationId);
        return new EnqueueResult(EnqueueOutcome.Queued, queuedAt, queuedAt is { } at ? Estimate(at, now) : TimeSpan.Zero);
    }

    public async Task<RemoveOutcome> Remove(string conversationId, string reason)
    {
        if (_waiting.Remove(conversationId))
        {
            CountAbandoned(reason);
            await SaveAsync();
            return RemoveOutcome.Removed;
        }

        if (!State.Offers.TryGetValue(conversationId, out var offer))
        {
            return RemoveOutcome.NotFound;
        }

        var outcome = await Agent(offer.AgentId).Withdraw(conversationId);
        State.Offers.Remove(conversationId);
        if (outcome == OfferOutcome.Accepted)
        {
            RecordAnswer(offer, TimeProvider.GetUtcNow());
            await SaveAsync();
            return RemoveOutcome.AlreadyAssigned;
        }

        CountAbandoned(reason);
        await SaveAsync();
        await DispatchAsync();
        return RemoveOutcome.OfferWithdrawn;
    }

    public Task<QueueSnapshot> GetSnapshot()
    {
        var now = TimeProvider.GetUtcNow();
        var counters = State.Counters;
        var oldest = _waiting.InOrder.Select(entry => entry.ArrivedAt).Concat(State.Offers.Values.Select(offer => offer.Entry.ArrivedAt)).DefaultIfEmpty(now).Min();
        return Task.FromResult(new QueueSnapshot(
            _queueId,
            _waiting.Count,
            State.Offers.Count,
            now - oldest,
            _agents.Values.Count(agent => agent.AcceptsOffers && agent.FreeSlots > 0),
            _agents.Count,
            counters.Offers,
            counters.Answered,
            counters.AnsweredWithinTarget,
            counters.Abandoned,
            counters.Answered == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(counters.TotalAnswerWaitSeconds / counters.Answered),
            [.. _waiting.InOrder.Select(entry => entry.ConversationId)]));
    }

    private void RebuildWaitingList()
    {
        var list = new WaitingList(State.Definition?.AgingPerMinute ?? 1);
        foreach (var entry in State.Waiting)
        {
            list.Add(entry);
        }

        _waiting = list;
    }

    /// <summary>Writes the state; the waiting list is the in-memory truth and is copied in first.</summary>
    private Task SaveAsync()
    {
        State.Waiting = [.. _waiting.InOrder];
        return store.WriteStateAsync();
    }

    private int? PositionOf(string conversationId)
    {
        var position = 0;
        foreach (var entry in _waiting.InOrder)
        {
            position++;
            if (entry.ConversationId == conversationId)
            {
                return position;
            }
        }

        return null;
    }

    private TimeSpan Estimate(int position, DateTimeOffset now)
        => _estimator.Estimate(position, _agents.Values.Where(agent => agent.AcceptsOffers).Sum(agent => agent.Capacity), now);

    private void CountAbandoned(string reason)
    {
        if (reason == RemoveReasons.Abandoned)
        {
            State.Counters.Abandoned++;
        }
    }

    private IAgentGrain Agent(string agentId) => GrainFactory.GetGrain<IAgentGrain>(Identifiers.Scoped(_tenantId, agentId));

    private IConversationGrain Conversation(string conversationId) => GrainFactory.GetGrain<IConversationGrain>(Identifiers.Scoped(_tenantId, conversationId));
}
