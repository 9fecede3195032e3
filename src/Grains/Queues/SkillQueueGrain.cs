using Microsoft.Extensions.Logging;
using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Queues;
using Routing.Runtime;
using Routing.Runtime.Storage;

namespace Routing.Grains.Queues;

/// <summary>
/// A skill queue: waiting conversations in priority-then-arrival order, the queue's view of its agents, offers,
/// and one timer for SLA escalation, preferred-agent windows, position pushes and offer reconciliation.
/// </summary>
/// <remarks>
/// Not reentrant: dispatch awaits the agent's reservation, and nothing else may change the waiting list meanwhile.
/// State is written before an offer leaves the grain and before an enqueue is acknowledged: the header (definition,
/// agents, counters) in one state, and each conversation in its own row, so a write never grows with the queue.
/// </remarks>
public sealed partial class SkillQueueGrain(
    [PersistentState("queue")] IPersistentState<QueueState> store,
    IGrainStorage storage,
    ILogger<SkillQueueGrain> logger) : Grain, ISkillQueueGrain
{
    private readonly Dictionary<string, AgentAvailability> _agents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QueueEntryRecord> _offers = new(StringComparer.Ordinal);
    private QueueEntryStore _rows = null!;

    // Counters are figures, not routing state: they are written at most once a tick (and with any header write), so
    // a crash can lose the last second of counts but never a conversation.
    private bool _countersDirty;

    // Entries whose first row write is still in flight (Enqueue interleaves): not offered until it lands.
    private readonly HashSet<string> _unwritten = new(StringComparer.Ordinal);
    private bool _dispatchRequested;
    private readonly WaitEstimator _estimator = new();
    private WaitingList _waiting = new(1);
    private string _tenantId = "";
    private string _queueId = "";

    private QueueState State => store.State;

    private QueueDefinition Definition => State.Definition ?? throw new InvalidOperationException($"Queue '{_queueId}' of tenant '{_tenantId}' is not configured.");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_tenantId, _queueId) = Identifiers.Split(GetPrimaryKeyString());
        _rows = new QueueEntryStore(storage, GrainId);
        var waiting = new List<WaitingEntry>();
        foreach (var record in await _rows.LoadAsync())
        {
            State.NextSequence = Math.Max(State.NextSequence, record.Entry.Sequence);
            if (record.Offer is null)
            {
                waiting.Add(record.Entry);
            }
            else
            {
                _offers[record.Entry.ConversationId] = record;
            }
        }

        RebuildWaitingList(waiting);
        foreach (var agentId in State.KnownAgents)
        {
            await Agent(agentId).ReportAvailability(_queueId);
        }

        StartTimer();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await _rows.FlushDeletesAsync();
        if (_countersDirty)
        {
            await SaveHeaderAsync();
        }
    }

    public async Task Configure(QueueDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        State.Definition = definition with { QueueId = _queueId };
        RebuildWaitingList([.. _waiting.InOrder]);
        // No dispatch here: the tenant grain awaits this call, and a dispatch would call agents, which may be
        // calling the tenant; the queue's timer dispatches within a second instead.
        await SaveHeaderAsync();
    }

    public async Task<EnqueueResult> Enqueue(QueueTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var definition = Definition;
        var now = TimeProvider.GetUtcNow();
        if (_waiting.Contains(ticket.ConversationId) || _offers.ContainsKey(ticket.ConversationId))
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

        // In the list before the write, so a concurrent retry sees it; dispatch skips it until the row exists.
        _waiting.Add(entry);
        _unwritten.Add(entry.ConversationId);
        try
        {
            await _rows.SaveAsync(new QueueEntryRecord { Entry = entry });
        }
        catch
        {
            _waiting.Remove(entry.ConversationId);
            throw;
        }
        finally
        {
            _unwritten.Remove(entry.ConversationId);
        }

        RequestDispatch();
        var queuedAt = PositionOf(ticket.ConversationId);
        return new EnqueueResult(EnqueueOutcome.Queued, queuedAt, queuedAt is { } at ? Estimate(at, now) : TimeSpan.Zero);
    }

    public async Task<RemoveOutcome> Remove(string conversationId, string reason)
    {
        if (_waiting.Remove(conversationId))
        {
            await _rows.DeleteAsync(conversationId);
            CountAbandoned(reason);
            return RemoveOutcome.Removed;
        }

        if (!_offers.TryGetValue(conversationId, out var record))
        {
            return RemoveOutcome.NotFound;
        }

        var outcome = await Agent(record.Offer!.AgentId).Withdraw(conversationId);
        _offers.Remove(conversationId);
        await _rows.DeleteAsync(conversationId);
        if (outcome == OfferOutcome.Accepted)
        {
            RecordAnswer(record, TimeProvider.GetUtcNow());
            return RemoveOutcome.AlreadyAssigned;
        }

        CountAbandoned(reason);
        await DispatchAsync();
        return RemoveOutcome.OfferWithdrawn;
    }

    public Task<QueueSnapshot> GetSnapshot()
    {
        var now = TimeProvider.GetUtcNow();
        var counters = State.Counters;
        var oldest = _waiting.InOrder.Select(entry => entry.ArrivedAt).Concat(_offers.Values.Select(record => record.Entry.ArrivedAt)).DefaultIfEmpty(now).Min();
        return Task.FromResult(new QueueSnapshot(
            _queueId,
            _waiting.Count,
            _offers.Count,
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

    /// <summary>Rebuilds the ordered list; its order depends on the queue's aging rate.</summary>
    private void RebuildWaitingList(IEnumerable<WaitingEntry> entries)
    {
        var list = new WaitingList(State.Definition?.AgingPerMinute ?? 1);
        foreach (var entry in entries)
        {
            list.Add(entry);
        }

        _waiting = list;
    }

    private Task SaveHeaderAsync()
    {
        _countersDirty = false;
        return store.WriteStateAsync();
    }

    private int? PositionOf(string conversationId) => _waiting.PositionOf(conversationId);

    private TimeSpan Estimate(int position, DateTimeOffset now)
        => _estimator.Estimate(position, _agents.Values.Where(agent => agent.AcceptsOffers).Sum(agent => agent.Capacity), now);

    private void CountAbandoned(string reason)
    {
        if (reason == RemoveReasons.Abandoned)
        {
            State.Counters.Abandoned++;
            _countersDirty = true;
        }
    }

    private IAgentGrain Agent(string agentId) => GrainFactory.GetGrain<IAgentGrain>(Identifiers.Scoped(_tenantId, agentId));

    private IConversationGrain Conversation(string conversationId) => GrainFactory.GetGrain<IConversationGrain>(Identifiers.Scoped(_tenantId, conversationId));
}
