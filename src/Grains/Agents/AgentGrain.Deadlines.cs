using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Model;

namespace Routing.Grains.Agents;

public sealed partial class AgentGrain
{
    public async Task OnConversationClosed(string conversationId)
    {
        if (!State.Assignments.Remove(conversationId))
        {
            return;
        }

        var wrapUp = State.Profile?.WrapUpTime ?? TimeSpan.Zero;
        if (wrapUp > TimeSpan.Zero)
        {
            State.WrapUps[conversationId] = TimeProvider.GetUtcNow() + wrapUp;
        }
        else
        {
            await Conversation(conversationId).OnWrapUpCompleted(_agentId);
            MarkIdleIfFree();
        }

        await SaveAsync();
        ArmDeadlineTimer();
        await ReportToQueuesAsync();
    }

    public async Task OnConversationReleased(string conversationId)
    {
        var removed = State.Assignments.Remove(conversationId) | State.WrapUps.Remove(conversationId);
        if (!removed)
        {
            return;
        }

        MarkIdleIfFree();
        await SaveAsync();
        ArmDeadlineTimer();
        await ReportToQueuesAsync();
    }

    /// <summary>One timer for the nearest deadline: an offer's expiry or a wrap-up's end.</summary>
    private void ArmDeadlineTimer()
    {
        var next = State.Offers.Values.Select(offer => offer.ExpiresAt).Concat(State.WrapUps.Values).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        if (next == DateTimeOffset.MaxValue)
        {
            _deadlineTimer?.Dispose();
            _deadlineTimer = null;
            return;
        }

        var due = next - TimeProvider.GetUtcNow();
        if (due < TimeSpan.Zero)
        {
            due = TimeSpan.Zero;
        }

        if (_deadlineTimer is null)
        {
            _deadlineTimer = RegisterGrainTimer(static (self, _) => self.OnDeadlineAsync(), this, new Runtime.GrainTimerCreationOptions { DueTime = due });
        }
        else
        {
            _deadlineTimer.Change(due, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task OnDeadlineAsync()
    {
        await ExpireDueOffersAsync();
        await EndDueWrapUpsAsync();
        ArmDeadlineTimer();
    }

    /// <summary>Expires overdue offers; an agent who let an offer expire is not responding until they set a presence.</summary>
    private async Task ExpireDueOffersAsync()
    {
        var now = TimeProvider.GetUtcNow();
        var expired = State.Offers.Values.Where(offer => offer.ExpiresAt <= now).ToArray();
        if (expired.Length == 0)
        {
            return;
        }

        foreach (var offer in expired)
        {
            State.Offers.Remove(offer.Offer.OfferId);
        }

        State.Presence = AgentPresence.NotResponding;
        await SaveAsync();
        foreach (var offer in expired)
        {
            await EndOfferAsync(offer, OfferOutcome.Expired, now);
        }

        await ReportToQueuesAsync();
    }

    private async Task EndDueWrapUpsAsync()
    {
        var now = TimeProvider.GetUtcNow();
        var done = State.WrapUps.Where(wrapUp => wrapUp.Value <= now).Select(wrapUp => wrapUp.Key).ToArray();
        if (done.Length == 0)
        {
            return;
        }

        foreach (var conversationId in done)
        {
            State.WrapUps.Remove(conversationId);
        }

        MarkIdleIfFree();
        await SaveAsync();
        foreach (var conversationId in done)
        {
            await Conversation(conversationId).OnWrapUpCompleted(_agentId);
        }

        await ReportToQueuesAsync();
    }

    private void MarkIdleIfFree()
    {
        if (UsedSlots == 0)
        {
            State.IdleSince = TimeProvider.GetUtcNow();
        }
    }
}
