using Routing.Grains.Interfaces.Queues;
using Routing.Grains.Logging;

namespace Routing.Grains.Queues;

public sealed partial class SkillQueueGrain
{
    private static readonly TimeSpan s_tick = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_positionPushInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan s_offerCheckGrace = TimeSpan.FromSeconds(30);
    private readonly Dictionary<string, (int Position, int EstimateSeconds)> _lastPushed = new(StringComparer.Ordinal);
    private DateTimeOffset _lastPositionPush;

    /// <summary>
    /// One timer per queue, not one per conversation: every second it applies due escalation steps, ends expired
    /// preferred-agent windows, pushes positions every few seconds, and asks agents about offers that outlived their
    /// timeout (an outcome lost in a crash). Deadlines live in the state, so a restart rebuilds them.
    /// </summary>
    private void StartTimer() => RegisterGrainTimer(OnTickAsync, s_tick, s_tick);

    private async Task OnTickAsync(CancellationToken cancellationToken)
    {
        await _rows.FlushDeletesAsync();
        if (_countersDirty)
        {
            await SaveHeaderAsync();
        }

        if (State.Definition is null || (_waiting.Count == 0 && _offers.Count == 0))
        {
            return;
        }

        var now = TimeProvider.GetUtcNow();
        await ApplyEscalationsAsync(now);
        EndPreferredWindows(now);
        await ReconcileOffersAsync(now);

        // Also the safety net for any dispatch not triggered by an event (a new definition, a lost notification).
        await DispatchAsync();

        if (now - _lastPositionPush >= s_positionPushInterval)
        {
            _lastPositionPush = now;
            await PushPositionsAsync(now);
        }
    }

    private async Task ApplyEscalationsAsync(DateTimeOffset now)
    {
        var steps = Definition.EscalationSteps;
        if (steps.Count == 0)
        {
            return;
        }

        foreach (var entry in _waiting.InOrder.ToArray())
        {
            var applied = false;
            while (entry.NextStep < steps.Count && now - entry.ArrivedAt >= steps[entry.NextStep].After && _waiting.Contains(entry.ConversationId))
            {
                var index = entry.NextStep++;
                await ApplyStepAsync(entry, steps[index], index);
                applied = true;
            }

            if (applied && _waiting.Contains(entry.ConversationId))
            {
                await _rows.SaveAsync(new QueueEntryRecord { Entry = entry });
            }
        }
    }

    private async Task ApplyStepAsync(WaitingEntry entry, EscalationStep step, int index)
    {
        var conversation = Conversation(entry.ConversationId);
        string description;
        switch (step.Action)
        {
            case EscalationAction.RaisePriority:
                _waiting.SetBasePriority(entry, entry.BasePriority + step.PriorityBoost);
                description = $"priority raised by {step.PriorityBoost}";
                break;
            case EscalationAction.WidenPool:
                entry.MinProficiency = Math.Min(entry.MinProficiency, step.MinProficiency ?? entry.MinProficiency);
                if (step.AdditionalSkill is { } skill && !entry.AdditionalSkills.Contains(skill))
                {
                    entry.AdditionalSkills.Add(skill);
                }

                description = $"pool widened (proficiency {entry.MinProficiency}{(step.AdditionalSkill is null ? "" : ", also " + step.AdditionalSkill)})";
                break;
            case EscalationAction.EscalateToSenior:
                entry.SeniorOnly = true;
                description = "escalated to senior agents";
                break;
            case EscalationAction.OfferCallback:
                entry.CallbackOffered = true;
                description = "callback offered";
                await conversation.OnCallbackOffered(_queueId, $"waited {step.After:mm\\:ss}");
                break;
            case EscalationAction.Overflow:
                _waiting.Remove(entry.ConversationId);
                await _rows.DeleteAsync(entry.ConversationId);
                description = $"overflowed to {step.OverflowQueueId}";
                await conversation.OnEscalated(_queueId, index, description);
                // The conversation moves itself: it enqueues in the target (a call down) and keeps its arrival time.
                await conversation.OnOverflow(_queueId, step.OverflowQueueId!);
                return;
            default:
                return;
        }

        await conversation.OnEscalated(_queueId, index, description);
    }

    /// <summary>Ends expired preferred-agent windows (in memory only: a stored past window ends again after a restart).</summary>
    private void EndPreferredWindows(DateTimeOffset now)
    {
        foreach (var entry in _waiting.InOrder)
        {
            if (entry.PreferredUntil is { } until && until <= now)
            {
                entry.PreferredUntil = null;
            }
        }
    }

    private async Task ReconcileOffersAsync(DateTimeOffset now)
    {
        foreach (var (conversationId, record) in _offers.ToArray())
        {
            var offer = record.Offer!;
            if (now - offer.OfferedAt < Definition.OfferTimeout + s_offerCheckGrace)
            {
                continue;
            }

            bool held;
            try
            {
                held = await Agent(offer.AgentId).Holds(conversationId);
            }
            catch (Exception exception)
            {
                RoutingLog.OfferCheckFailed(logger, exception, _queueId, offer.OfferId, offer.AgentId);
                continue;
            }

            _offers.Remove(conversationId);
            if (held)
            {
                // The agent accepted and the outcome was lost: it is served.
                await _rows.DeleteAsync(conversationId);
                RecordAnswer(record, now);
            }
            else
            {
                RoutingLog.OfferReconciled(logger, _queueId, offer.OfferId, offer.AgentId, conversationId);
                await ReturnToWaitingAsync(record);
            }
        }
    }

    private async Task PushPositionsAsync(DateTimeOffset now)
    {
        var position = 0;
        var present = new HashSet<string>(StringComparer.Ordinal);
        // A snapshot: arrivals interleave (Enqueue) and must not change the list under this loop.
        foreach (var entry in _waiting.InOrder.ToArray())
        {
            position++;
            present.Add(entry.ConversationId);
            var estimate = Estimate(position, now);
            var pushed = (position, EstimateBucket(estimate));
            if (_lastPushed.TryGetValue(entry.ConversationId, out var last) && !IsWorthPushing(last, pushed))
            {
                continue;
            }

            _lastPushed[entry.ConversationId] = pushed;
            await Conversation(entry.ConversationId).OnQueueUpdate(_queueId, position, estimate);
        }

        foreach (var gone in _lastPushed.Keys.Where(id => !present.Contains(id)).ToArray())
        {
            _lastPushed.Remove(gone);
        }
    }

    /// <summary>Estimates to the nearest 5 s under 5 minutes, else to the nearest 30 s: what a customer can tell apart.</summary>
    private static int EstimateBucket(TimeSpan estimate)
    {
        var seconds = estimate.TotalSeconds;
        var step = seconds < 300 ? 5 : 30;
        return (int)Math.Round(seconds / step) * step;
    }

    /// <summary>
    /// Near the head every move is news; deep in a long queue (at 11.11 peaks, tens of thousands) a customer hears
    /// of a move once it is 5 % of their position or the estimate changes, so pushes do not grow with the square of
    /// the queue.
    /// </summary>
    private static bool IsWorthPushing((int Position, int Estimate) last, (int Position, int Estimate) next)
        => last.Estimate != next.Estimate
            || (last.Position != next.Position && (next.Position <= 20 || Math.Abs(last.Position - next.Position) * 20 >= last.Position));
}
