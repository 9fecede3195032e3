using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Customers;
using Routing.Grains.Interfaces.Events;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Privacy;
using Routing.Grains.Logging;
using Routing.Runtime;

namespace Routing.Grains.Conversations;

/// <summary>
/// One customer conversation: lifecycle, transcript and the single writer of its event stream. Every change is
/// written (with its events, as an outbox) before the caller hears of it; the events are then appended to the
/// journal in order. Notifications from queues and agents arrive one-way and are checked against the current state,
/// so a late or repeated notification is harmless.
/// </summary>
public sealed partial class ConversationGrain(
    [PersistentState("conversation")] IPersistentState<ConversationState> store,
    IEventJournal journal,
    IOptions<ConversationOptions> options,
    ILogger<ConversationGrain> logger) : Grain, IConversationGrain
{
    /// <summary>The longest transcript message, in characters.</summary>
    public const int MaxMessageLength = 4000;

    private const int ContextTranscriptLength = 20;
    private const int MaxPendingEvents = 64;
    private static readonly TimeSpan s_observerLease = TimeSpan.FromMinutes(5);
    private ObserverManager<IConversationObserver>? _observers;
    private int? _position;
    private TimeSpan? _estimatedWait;
    private string _tenantId = "";
    private string _conversationId = "";
    private IGrainTimer? _flushTimer;

    private ConversationState State => store.State;

    private ObserverManager<IConversationObserver> Observers => _observers ??= new(s_observerLease, TimeProvider, logger);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_tenantId, _conversationId) = Identifiers.Split(GetPrimaryKeyString());
        await FlushEventsAsync();
    }

    public async Task<ConversationView> Start(StartConversation command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (State.Status != ConversationStatus.None)
        {
            return State.Context?.CustomerId == command.CustomerId
                ? View()
                : throw new ConversationRuleException($"Conversation '{_conversationId}' belongs to another customer.");
        }

        var profile = await GrainFactory.GetGrain<ICustomerProfileGrain>(Identifiers.Scoped(_tenantId, command.CustomerId)).RecordConversation(_conversationId, command.Tier);
        State.Context = new ConversationContext(
            _conversationId, command.CustomerId, command.Channel, profile.Tier, command.Intent, command.Urgent,
            command.OrderId, command.Locale, HandoffReason: null, TransferNote: null, Transcript: [])
        {
            Metadata = command.Metadata?.ToDictionary(pair => pair.Key, pair => PersonalDataMasker.Mask(pair.Value), StringComparer.Ordinal),
        };
        var now = Transition(ConversationStatus.Created);
        Emit(new ConversationStarted(GetPrimaryKeyString(), now, command.CustomerId, command.Channel));
        if (!string.IsNullOrEmpty(command.FirstMessage))
        {
            Append(MessageSender.Customer, command.CustomerId, command.FirstMessage, command.FirstMessageKey ?? "first", now);
        }

        await SaveAsync();
        return View();
    }

    public async Task<ConversationView> EnterBotStage()
    {
        Require(State.Status == ConversationStatus.Created, "enter the bot stage");
        var now = Transition(ConversationStatus.BotStage);
        Emit(new ConversationEnteredBotStage(GetPrimaryKeyString(), now));
        await SaveAsync();
        return View();
    }

    public async Task<TranscriptEntry> AddMessage(MessageSender sender, string? senderId, string text, string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        if (State.Transcript.FirstOrDefault(entry => entry.IdempotencyKey == idempotencyKey && entry.Sender == sender) is { } existing)
        {
            return existing;
        }

        RequireStarted();
        Require(!State.Status.IsEnded() && State.Status != ConversationStatus.WrapUp, "add a message");
        if (sender == MessageSender.Agent)
        {
            Require(State.Status == ConversationStatus.Assigned && State.AgentId == senderId, "take a message from an agent who is not assigned");
        }

        var entry = Append(sender, senderId, text, idempotencyKey, TimeProvider.GetUtcNow());
        await SaveAsync();
        await PushAsync(entry);
        return entry;
    }

    public Task<ConversationView> GetView() => Task.FromResult(View());

    public Task Typing(MessageSender sender)
        => State.Status.IsEnded() || Observers.Count == 0
            ? Task.CompletedTask
            : Observers.NotifyAsync(observer => observer.OnConversationUpdated(new ConversationUpdate(
                _conversationId, State.Status, QueuePosition: null, EstimatedWait: null, State.AgentDisplayName, Message: null, Typing: sender)));

    public Task Subscribe(IConversationObserver observer)
    {
        Observers.Subscribe(observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IConversationObserver observer)
    {
        Observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private TranscriptEntry Append(MessageSender sender, string? senderId, string text, string idempotencyKey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length is 0 or > MaxMessageLength)
        {
            throw new ArgumentException($"A message must be 1-{MaxMessageLength} characters.", nameof(text));
        }

        // Masked before it is stored: the transcript, the offer context and every copy of them never hold raw personal data.
        var entry = new TranscriptEntry(State.Transcript.Count + 1, sender, senderId, PersonalDataMasker.Mask(text), idempotencyKey, now);
        State.Transcript.Add(entry);
        Emit(new MessageAdded(GetPrimaryKeyString(), now, entry.Sequence, sender));
        return entry;
    }

    private DateTimeOffset Transition(ConversationStatus status)
    {
        var now = TimeProvider.GetUtcNow();
        State.Status = status;
        State.Timeline.Add(new StatusChange(status, now));
        return now;
    }

    private void Emit(ConversationEvent @event) => State.PendingEvents.Add(@event);

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (State.PendingEvents.Count > 0)
        {
            await FlushEventsAsync();
            await store.WriteStateAsync();
        }
    }

    /// <summary>
    /// Writes the state with its pending events (the outbox), then appends them to the journal: at once, or after
    /// <see cref="ConversationOptions.EventFlushDelay"/> so the events of a busy conversation go in one write.
    /// </summary>
    private async Task SaveAsync()
    {
        await store.WriteStateAsync();
        var delay = options.Value.EventFlushDelay;
        if (delay <= TimeSpan.Zero || State.PendingEvents.Count >= MaxPendingEvents)
        {
            await FlushEventsAsync();
        }
        else if (State.PendingEvents.Count > 0)
        {
            _flushTimer ??= RegisterGrainTimer(static (self, _) => self.FlushOnTimerAsync(), this, new GrainTimerCreationOptions { DueTime = delay });
        }
    }

    private async Task FlushOnTimerAsync()
    {
        _flushTimer?.Dispose();
        _flushTimer = null;
        await FlushEventsAsync();
    }

    private async Task FlushEventsAsync()
    {
        if (State.PendingEvents.Count == 0)
        {
            return;
        }

        var events = State.PendingEvents
            .Select(@event => new JournalEvent(@event.GetType().Name, JsonSerializer.SerializeToUtf8Bytes(@event, JsonSerializerOptions.Web), @event.At))
            .ToArray();
        try
        {
            State.JournalVersion = await journal.AppendAsync(GetPrimaryKeyString(), State.JournalVersion, events);
            // Cleared in memory only: the next state write persists it. Should the process die first, the events are
            // appended again on activation, where the version check turns the repeat into a conflict we skip.
            State.PendingEvents.Clear();
        }
        catch (InconsistentStateException)
        {
            var stored = await journal.ReadAsync(GetPrimaryKeyString(), State.JournalVersion);
            State.JournalVersion += stored.Count;
            State.PendingEvents.RemoveRange(0, Math.Min(stored.Count, State.PendingEvents.Count));
            if (State.PendingEvents.Count > 0)
            {
                await FlushEventsAsync();
            }
        }
        catch (Exception exception)
        {
            RoutingLog.JournalAppendFailed(logger, exception, _conversationId, events.Length);
        }
    }

    private ConversationView View() => new()
    {
        ConversationId = _conversationId,
        TenantId = _tenantId,
        Status = State.Status,
        Context = State.Context is null ? null : ContextWithTranscript(),
        QueueId = State.QueueId,
        AgentId = State.AgentId,
        AgentDisplayName = State.AgentDisplayName,
        QueuePosition = State.Status == ConversationStatus.Queued ? _position : null,
        EstimatedWait = State.Status == ConversationStatus.Queued ? _estimatedWait : null,
        CallbackOffered = State.CallbackOffered,
        Timeline = [.. State.Timeline],
        Transcript = [.. State.Transcript],
        Satisfaction = State.Satisfaction,
        HandleTime = State.HandleTime,
        WrapUpCode = State.WrapUpCode,
    };

    /// <summary>The context with the latest transcript entries, as queues and agents get it.</summary>
    private ConversationContext ContextWithTranscript()
        => State.Context! with { Transcript = [.. State.Transcript.TakeLast(ContextTranscriptLength)] };

    private Task PushAsync(TranscriptEntry? message = null)
        => Observers.Count == 0
            ? Task.CompletedTask
            : Observers.NotifyAsync(observer => observer.OnConversationUpdated(new ConversationUpdate(
                _conversationId, State.Status, State.Status == ConversationStatus.Queued ? _position : null,
                State.Status == ConversationStatus.Queued ? _estimatedWait : null, State.AgentDisplayName, message)));

    private void RequireStarted()
    {
        if (State.Status == ConversationStatus.None)
        {
            throw new KeyNotFoundException($"Conversation '{_conversationId}' does not exist.");
        }
    }

    private void Require(bool allowed, string action)
    {
        RequireStarted();
        if (!allowed)
        {
            throw new ConversationRuleException($"Cannot {action}: conversation '{_conversationId}' is {State.Status}.");
        }
    }
}
