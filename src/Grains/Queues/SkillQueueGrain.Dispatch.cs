using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Logging;

namespace Routing.Grains.Queues;

public sealed partial class SkillQueueGrain
{
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
            record.Entry.DeclinedBy.Add(resolution.AgentId);
        }

        // Back in line with its original arrival time: it keeps its place.
        await ReturnToWaitingAsync(record);
        await DispatchAsync();
    }

    /// <summary>
    /// Offers waiting conversations, best first, to the best eligible agent each, for as long as some agent has a free
    /// slot. A conversation no agent can take now is skipped, so it never blocks the ones behind it.
    /// </summary>
    private async Task DispatchAsync()
    {
        if (State.Definition is null)
        {
            return;
        }

        var now = TimeProvider.GetUtcNow();
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        while (HasFreeAgent())
        {
            WaitingEntry? chosen = null;
            AgentAvailability? agent = null;
            foreach (var entry in _waiting.InOrder)
            {
                if (skipped.Contains(entry.ConversationId))
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
                return;
            }

            if (!await OfferAsync(chosen, agent, now))
            {
                skipped.Add(chosen.ConversationId);
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

    /// <summary>Offers one conversation to one agent. The offer is written before it leaves the grain.</summary>
    private async Task<bool> OfferAsync(WaitingEntry entry, AgentAvailability agent, DateTimeOffset now)
    {
        var offer = new QueueOffer { OfferId = Guid.NewGuid().ToString("N"), AgentId = agent.AgentId, OfferedAt = now };
        var record = new QueueEntryRecord { Entry = entry, Offer = offer };
        await _rows.SaveAsync(record);
        _waiting.Remove(entry.ConversationId);
        _offers[entry.ConversationId] = record;
        State.RoundRobinCursor = agent.AgentId;
        // Count the slot as taken until the agent reports again, so one dispatch pass never overbooks it.
        _agents[agent.AgentId] = agent with { FreeSlots = agent.FreeSlots - 1 };

        ReserveResult result;
        try
        {
            result = await Agent(agent.AgentId).TryReserve(new RoutingOffer(offer.OfferId, entry.ConversationId, _queueId, Definition.OfferTimeout, entry.Context));
        }
        catch (Exception exception)
        {
            // Unknown outcome: the offer stays open and the timer asks the agent about it later.
            RoutingLog.ReserveFailed(logger, exception, _queueId, agent.AgentId, entry.ConversationId);
            return true;
        }

        if (result == ReserveResult.Reserved)
        {
            State.Counters.Offers++;
            await Conversation(entry.ConversationId).OnOffered(_queueId, offer.OfferId, agent.AgentId);
            return true;
        }

        _offers.Remove(entry.ConversationId);
        _agents[agent.AgentId] = agent with { FreeSlots = 0, AcceptsOffers = result != ReserveResult.NotAvailable && agent.AcceptsOffers };
        if (result == ReserveResult.AlreadyHeld)
        {
            entry.DeclinedBy.Add(agent.AgentId);
        }

        await ReturnToWaitingAsync(record);
        return false;
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
