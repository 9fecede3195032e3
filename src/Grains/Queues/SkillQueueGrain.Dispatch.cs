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
            await SaveAsync();
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
            await SaveAsync();
        }
    }

    public async Task OnOfferResolved(OfferResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        if (!State.Offers.TryGetValue(resolution.ConversationId, out var offer) || offer.OfferId != resolution.OfferId)
        {
            return;
        }

        State.Offers.Remove(resolution.ConversationId);
        if (resolution.Outcome == OfferOutcome.Accepted)
        {
            RecordAnswer(offer, resolution.At);
            await SaveAsync();
            return;
        }

        if (resolution.Outcome is OfferOutcome.Rejected or OfferOutcome.Expired)
        {
            offer.Entry.DeclinedBy.Add(resolution.AgentId);
        }

        // Back in line with its original arrival time: it keeps its place.
        _waiting.Add(offer.Entry);
        await SaveAsync();
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
        var offer = new QueueOffer { OfferId = Guid.NewGuid().ToString("N"), AgentId = agent.AgentId, OfferedAt = now, Entry = entry };
        _waiting.Remove(entry.ConversationId);
        State.Offers[entry.ConversationId] = offer;
        State.RoundRobinCursor = agent.AgentId;
        // Count the slot as taken until the agent reports again, so one dispatch pass never overbooks it.
        _agents[agent.AgentId] = agent with { FreeSlots = agent.FreeSlots - 1 };
        await SaveAsync();

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

        State.Offers.Remove(entry.ConversationId);
        _waiting.Add(entry);
        _agents[agent.AgentId] = agent with { FreeSlots = 0, AcceptsOffers = result != ReserveResult.NotAvailable && agent.AcceptsOffers };
        if (result == ReserveResult.AlreadyHeld)
        {
            entry.DeclinedBy.Add(agent.AgentId);
        }

        await SaveAsync();
        return false;
    }

    private void RecordAnswer(QueueOffer offer, DateTimeOffset at)
    {
        var counters = State.Counters;
        var waited = at - offer.Entry.ArrivedAt;
        counters.Answered++;
        counters.TotalAnswerWaitSeconds += Math.Max(0, waited.TotalSeconds);
        if (waited <= Definition.FirstResponseTarget)
        {
            counters.AnsweredWithinTarget++;
        }

        _estimator.RecordAnswer(at);
    }
}
