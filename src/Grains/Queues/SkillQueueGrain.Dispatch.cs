using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Queues;
using Routing.Grains.Logging;

namespace Routing.Grains.Queues;

public sealed partial class SkillQueueGrain
{
    private const int MaxOffersPerRound = 64;

    public async Task OnAgentAvailability(AgentAvailability availability)
    {
        if (_agents.TryGetValue(availability.AgentId, out var known) && known.Version > availability.Version)
        {
            return;
        }

        _agents[availability.AgentId] = availability;
        if (State.KnownAgents.Add(availability.AgentId))
        {
            await SaveHeaderAsync();
        }

        if (availability.AcceptsOffers && availability.FreeSlots > 0)
        {
            await DispatchAsync();
        }
    }

    public async Task OnAgentLeft(string agentId)
    {
        _agents.Remove(agentId);
        if (State.KnownAgents.Remove(agentId))
        {
            await SaveHeaderAsync();
        }
    }

    public async Task OnOfferResolved(OfferResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        if (!_offers.TryGetValue(resolution.ConversationId, out var record) || record.Offer?.OfferId != resolution.OfferId)
        {
            return;
        }

        _offers.Remove(resolution.ConversationId);
        if (resolution.Outcome == OfferOutcome.Accepted)
        {
            // The agent holds it now; the row goes in the next batched delete (see QueueEntryStore.DeleteLater).
            _rows.DeleteLater(resolution.ConversationId);
            RecordAnswer(record, resolution.At);
            return;
        }

        if (resolution.Outcome is OfferOutcome.Rejected or OfferOutcome.Expired)
        {
            record.Entry.DeclinedBy(resolution.AgentId, resolution.At);
        }

        // Back in line with its original arrival time: it keeps its place.
        await ReturnToWaitingAsync(record);
        await DispatchAsync();
    }

    public async Task DispatchPending()
    {
        _dispatchRequested = false;
        await DispatchAsync();
    }

    /// <summary>Asks for a dispatch turn (one message however many arrivals ask before it runs).</summary>
    private void RequestDispatch()
    {
        if (_dispatchRequested)
        {
            return;
        }

        _dispatchRequested = true;
        _ = GrainFactory.GetGrain<ISkillQueueGrain>(GetPrimaryKeyString()).DispatchPending();
    }

    /// <summary>
    /// Offers waiting conversations, best first, to the best eligible agent each, for as long as some agent has a free
    /// slot. A conversation no agent can take now is skipped, so it never blocks the ones behind it. Offers are made
    /// in rounds: a round's rows are written together and its agents asked together, so a burst costs two round
    /// trips to storage, not two per conversation.
    /// </summary>
    private async Task DispatchAsync()
    {
        if (State.Definition is null)
        {
            return;
        }

        var skipped = new HashSet<string>(StringComparer.Ordinal);
        while (HasFreeAgent())
        {
            var round = PlanRound(TimeProvider.GetUtcNow(), skipped);
            if (round.Count == 0)
            {
                return;
            }

            var written = await Task.WhenAll(round.Select(WriteOfferAsync));
            var results = await Task.WhenAll(round.Select((planned, index) => written[index] ? ReserveAsync(planned) : Task.FromResult<ReserveResult?>(ReserveResult.NotAvailable)));
            for (var i = 0; i < round.Count; i++)
            {
                if (!written[i])
                {
                    // The offer never left the grain: undo it in memory; its row still says "waiting".
                    UndoOffer(round[i]);
                    _waiting.Add(round[i].Record.Entry);
                    skipped.Add(round[i].Record.Entry.ConversationId);
                    continue;
                }

                if (!await SettleOfferAsync(round[i], results[i]))
                {
                    skipped.Add(round[i].Record.Entry.ConversationId);
                }
            }
        }
    }

    private bool HasFreeAgent()
    {
        foreach (var agent in _agents.Values)
        {
            if (agent.AcceptsOffers && agent.FreeSlots > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Chooses up to one round of (conversation, agent) pairs and books them in memory as offered.</summary>
    private List<PlannedOffer> PlanRound(DateTimeOffset now, HashSet<string> skipped)
    {
        var round = new List<PlannedOffer>();
        while (round.Count < MaxOffersPerRound && HasFreeAgent())
        {
            WaitingEntry? chosen = null;
            AgentAvailability? agent = null;
            foreach (var entry in _waiting.InOrder)
            {
                if (skipped.Contains(entry.ConversationId) || _unwritten.Contains(entry.ConversationId))
                {
                    continue;
                }

                agent = AgentSelector.Select(_agents.Values, entry, Definition, now, State.RoundRobinCursor);
                if (agent is not null)
                {
                    chosen = entry;
                    break;
                }

                skipped.Add(entry.ConversationId);
            }

            if (chosen is null || agent is null)
            {
                break;
            }

            var record = new QueueEntryRecord
            {
                Entry = chosen,
                Offer = new QueueOffer { OfferId = Guid.NewGuid().ToString("N"), AgentId = agent.AgentId, OfferedAt = now },
            };
            _waiting.Remove(chosen.ConversationId);
            _offers[chosen.ConversationId] = record;
            State.RoundRobinCursor = agent.AgentId;
            // Count the slot as taken until the agent reports again, so one pass never overbooks it.
            _agents[agent.AgentId] = agent with { FreeSlots = agent.FreeSlots - 1 };
            round.Add(new PlannedOffer(record, agent));
        }

        return round;
    }

    /// <summary>Writes an offer's row: the offer is stored before it leaves the grain.</summary>
    private async Task<bool> WriteOfferAsync(PlannedOffer planned)
    {
        try
        {
            await _rows.SaveAsync(planned.Record);
            return true;
        }
        catch (Exception exception)
        {
            RoutingLog.ReserveFailed(logger, exception, _queueId, planned.Agent.AgentId, planned.Record.Entry.ConversationId);
            return false;
        }
    }

    /// <summary>Asks the agent to reserve a slot; null when the outcome is unknown (the call failed or timed out).</summary>
    private async Task<ReserveResult?> ReserveAsync(PlannedOffer planned)
    {
        var entry = planned.Record.Entry;
        try
        {
            return await Agent(planned.Agent.AgentId).TryReserve(new RoutingOffer(planned.Record.Offer!.OfferId, entry.ConversationId, _queueId, Definition.OfferTimeout, entry.Context));
        }
        catch (Exception exception)
        {
            RoutingLog.ReserveFailed(logger, exception, _queueId, planned.Agent.AgentId, entry.ConversationId);
            return null;
        }
    }

    /// <summary>Acts on the agent's answer; false when the conversation waits again.</summary>
    private async Task<bool> SettleOfferAsync(PlannedOffer planned, ReserveResult? result)
    {
        var entry = planned.Record.Entry;
        switch (result)
        {
            case null:
                // Unknown outcome: the offer stays open and the timer asks the agent about it later.
                return true;
            case ReserveResult.Reserved:
                State.Counters.Offers++;
                _countersDirty = true;
                await Conversation(entry.ConversationId).OnOffered(_queueId, planned.Record.Offer!.OfferId, planned.Agent.AgentId);
                return true;
        }

        UndoOffer(planned);
        var agent = _agents.GetValueOrDefault(planned.Agent.AgentId) ?? planned.Agent;
        _agents[agent.AgentId] = agent with { FreeSlots = 0, AcceptsOffers = result != ReserveResult.NotAvailable && agent.AcceptsOffers };
        if (result == ReserveResult.AlreadyHeld)
        {
            entry.DeclinedBy(agent.AgentId, TimeProvider.GetUtcNow());
        }

        await ReturnToWaitingAsync(planned.Record);
        return false;
    }

    private void UndoOffer(PlannedOffer planned)
    {
        _offers.Remove(planned.Record.Entry.ConversationId);
        planned.Record.Offer = null;
    }

    /// <summary>An offered conversation waits again, with its original arrival time.</summary>
    private async Task ReturnToWaitingAsync(QueueEntryRecord record)
    {
        record.Offer = null;
        await _rows.SaveAsync(record);
        _waiting.Add(record.Entry);
    }

    /// <summary>Counts an answer; counters are written with the next header write or timer tick, not on their own.</summary>
    private void RecordAnswer(QueueEntryRecord record, DateTimeOffset at)
    {
        var counters = State.Counters;
        var waited = at - record.Entry.ArrivedAt;
        counters.Answered++;
        counters.TotalAnswerWaitSeconds += Math.Max(0, waited.TotalSeconds);
        if (waited <= Definition.FirstResponseTarget)
        {
            counters.AnsweredWithinTarget++;
        }

        _estimator.RecordAnswer(at);
        _countersDirty = true;
    }
}
