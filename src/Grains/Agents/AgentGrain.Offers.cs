using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Model;

namespace Routing.Grains.Agents;

public sealed partial class AgentGrain
{
    public async Task<ReserveResult> TryReserve(RoutingOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (State.Assignments.ContainsKey(offer.ConversationId) || State.Offers.Values.Any(open => open.Offer.ConversationId == offer.ConversationId))
        {
            return ReserveResult.AlreadyHeld;
        }

        if (State.Presence != AgentPresence.Available || State.Profile is null)
        {
            return ReserveResult.NotAvailable;
        }

        if (UsedSlots >= Capacity)
        {
            return ReserveResult.NoCapacity;
        }

        var open = new OpenOffer(offer, TimeProvider.GetUtcNow() + offer.Timeout);
        State.Offers[offer.OfferId] = open;
        await SaveAsync();
        ArmDeadlineTimer();
        await Observers.NotifyAsync(observer => observer.OnOffer(open));
        await ReportToQueuesAsync();
        return ReserveResult.Reserved;
    }

    public async Task<bool> Accept(string offerId)
    {
        if (!State.Offers.TryGetValue(offerId, out var open))
        {
            return false;
        }

        var now = TimeProvider.GetUtcNow();
        if (now >= open.ExpiresAt)
        {
            // Too late, even if the timer has not run yet: the deadline decides, not the order of turns.
            await ExpireDueOffersAsync();
            return false;
        }

        State.Offers.Remove(offerId);
        State.Assignments[open.Offer.ConversationId] = open.Offer.QueueId;
        RememberOutcome(offerId, OfferOutcome.Accepted);
        await SaveAsync();
        ArmDeadlineTimer();
        var resolution = new OfferResolution(offerId, open.Offer.ConversationId, _agentId, OfferOutcome.Accepted, now);
        await Queue(open.Offer.QueueId).OnOfferResolved(resolution);
        await Conversation(open.Offer.ConversationId).OnAssigned(offerId, _agentId, State.Profile!.DisplayName);
        await Observers.NotifyAsync(observer => observer.OnOfferEnded(resolution));
        return true;
    }

    public async Task<bool> Reject(string offerId)
    {
        if (!State.Offers.Remove(offerId, out var open))
        {
            return false;
        }

        await SaveAsync();
        ArmDeadlineTimer();
        await EndOfferAsync(open, OfferOutcome.Rejected, TimeProvider.GetUtcNow());
        await ReportToQueuesAsync();
        return true;
    }

    public async Task<OfferOutcome?> Withdraw(string conversationId)
    {
        if (State.Assignments.ContainsKey(conversationId))
        {
            return OfferOutcome.Accepted;
        }

        var open = State.Offers.Values.FirstOrDefault(offer => offer.Offer.ConversationId == conversationId);
        if (open is null)
        {
            return null;
        }

        State.Offers.Remove(open.Offer.OfferId);
        await SaveAsync();
        ArmDeadlineTimer();
        var resolution = new OfferResolution(open.Offer.OfferId, conversationId, _agentId, OfferOutcome.Withdrawn, TimeProvider.GetUtcNow());
        await Observers.NotifyAsync(observer => observer.OnOfferEnded(resolution));
        await ReportToQueuesAsync();
        return OfferOutcome.Withdrawn;
    }

    /// <summary>Tells the queue, the conversation and the console that an offer ended without assignment.</summary>
    private async Task EndOfferAsync(OpenOffer open, OfferOutcome outcome, DateTimeOffset now)
    {
        var resolution = new OfferResolution(open.Offer.OfferId, open.Offer.ConversationId, _agentId, outcome, now);
        RememberOutcome(open.Offer.OfferId, outcome);
        await Queue(open.Offer.QueueId).OnOfferResolved(resolution);
        await Conversation(open.Offer.ConversationId).OnOfferEnded(resolution);
        await Observers.NotifyAsync(observer => observer.OnOfferEnded(resolution));
    }

    public Task<OfferOutcome?> GetOfferOutcome(string offerId)
    {
        OfferOutcome? outcome = null;
        if (!State.Offers.ContainsKey(offerId))
        {
            foreach (var (endedOfferId, endedOutcome) in _recentOutcomes)
            {
                if (endedOfferId == offerId)
                {
                    outcome = endedOutcome;
                }
            }
        }

        return Task.FromResult(outcome);
    }

    // Kept in memory only, as a hint for answering "that offer already ended" (409) rather than "no such offer"
    // (404); after a restart an ended offer reads as unknown, which is still a refusal.
    private void RememberOutcome(string offerId, OfferOutcome outcome)
    {
        if (_recentOutcomes.Count == RecentOutcomeCount)
        {
            _recentOutcomes.Dequeue();
        }

        _recentOutcomes.Enqueue((offerId, outcome));
    }
}
