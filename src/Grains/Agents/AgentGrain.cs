using Microsoft.Extensions.Logging;
using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Queues;
using Routing.Grains.Interfaces.Tenants;
using Routing.Runtime;

namespace Routing.Grains.Agents;

/// <summary>
/// An agent: the single authority over its capacity and its offers. Every offer ends exactly once, in a turn of this
/// grain (accepted, rejected, expired by its timer, or withdrawn), and the state is written before anyone hears of it.
/// It tells queues and conversations through one-way calls only, so it never waits on them.
/// </summary>
public sealed partial class AgentGrain(
    [PersistentState("agent")] IPersistentState<AgentState> store,
    ILogger<AgentGrain> logger) : Grain, IAgentGrain
{
    private const int RecentOutcomeCount = 64;
    private static readonly TimeSpan s_observerLease = TimeSpan.FromMinutes(5);
    private readonly Queue<(string OfferId, OfferOutcome Outcome)> _recentOutcomes = new();
    private ObserverManager<IAgentObserver>? _observers;
    private IGrainTimer? _deadlineTimer;
    private string _tenantId = "";
    private string _agentId = "";

    private AgentState State => store.State;

    private int UsedSlots => State.Offers.Count + State.Assignments.Count + State.WrapUps.Count;

    private int Capacity => State.Profile?.Capacity ?? 0;

    private ObserverManager<IAgentObserver> Observers => _observers ??= new(s_observerLease, TimeProvider, logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_tenantId, _agentId) = Identifiers.Split(GetPrimaryKeyString());
        ArmDeadlineTimer();
        return Task.CompletedTask;
    }

    public async Task Configure(AgentProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var errors = AgentProfileValidator.Validate(profile);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors.Select(error => $"{error.Key}: {error.Value}")), nameof(profile));
        }

        State.Profile = profile;
        if (State.IdleSince == default)
        {
            State.IdleSince = TimeProvider.GetUtcNow();
        }

        await RegisterWithQueuesAsync();
    }

    public async Task SetPresence(AgentPresence presence)
    {
        if (presence is not (AgentPresence.Available or AgentPresence.Away or AgentPresence.Offline))
        {
            throw new ArgumentOutOfRangeException(nameof(presence), presence, "An agent sets Available, Away or Offline; NotResponding is set by the router.");
        }

        if (State.Profile is null)
        {
            throw new InvalidOperationException($"Agent '{_agentId}' has no profile yet; configure it first.");
        }

        var now = TimeProvider.GetUtcNow();
        var withdrawn = new List<OpenOffer>();
        var released = new List<KeyValuePair<string, string>>();
        if (presence == AgentPresence.Offline)
        {
            // Offline agents hold nothing: offers go back to their queues and assigned conversations are re-queued,
            // so no conversation sits with an agent who is gone.
            withdrawn.AddRange(State.Offers.Values);
            released.AddRange(State.Assignments);
            State.Offers.Clear();
            State.Assignments.Clear();
        }

        if (presence == AgentPresence.Available && UsedSlots == 0 && State.Presence != AgentPresence.Available)
        {
            State.IdleSince = now;
        }

        State.Presence = presence;
        await SaveAsync();
        foreach (var offer in withdrawn)
        {
            await EndOfferAsync(offer, OfferOutcome.Withdrawn, now);
        }

        foreach (var (conversationId, _) in released)
        {
            await Conversation(conversationId).OnAgentLeft(_agentId);
        }

        await ReportToQueuesAsync();
    }

    public Task<AgentView> GetView() => Task.FromResult(new AgentView(
        _agentId,
        State.Profile,
        State.Presence,
        [.. State.Offers.Values],
        [.. State.Assignments.Keys],
        [.. State.WrapUps.Keys],
        Math.Max(0, Capacity - UsedSlots)));

    public Task<bool> Holds(string conversationId)
        => Task.FromResult(State.Assignments.ContainsKey(conversationId) || State.Offers.Values.Any(offer => offer.Offer.ConversationId == conversationId));

    public Task Subscribe(IAgentObserver observer)
    {
        Observers.Subscribe(observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IAgentObserver observer)
    {
        Observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public async Task OnQueuesChanged() => await RegisterWithQueuesAsync();

    public async Task ReportAvailability(string queueId) => await Queue(queueId).OnAgentAvailability(CurrentAvailability());

    private async Task RegisterWithQueuesAsync()
    {
        var previous = State.Queues.ToHashSet(StringComparer.Ordinal);
        try
        {
            State.Queues = [.. await GrainFactory.GetGrain<ITenantGrain>(_tenantId).RegisterAgent(_agentId, State.Profile!.Skills)];
        }
        catch (Exception exception)
        {
            Logging.RoutingLog.AgentRegistrationFailed(logger, exception, _agentId);
            throw;
        }

        await SaveAsync();
        foreach (var queueId in previous.Where(queueId => !State.Queues.Contains(queueId)))
        {
            await Queue(queueId).OnAgentLeft(_agentId);
        }

        await ReportToQueuesAsync();
    }

    private AgentAvailability CurrentAvailability() => new(
        _agentId,
        State.Profile?.Skills ?? new Dictionary<string, int>(),
        State.Profile?.Tier ?? AgentTier.Regular,
        State.Presence == AgentPresence.Available && State.Profile is not null,
        Math.Max(0, Capacity - UsedSlots),
        Capacity,
        State.IdleSince,
        State.Version);

    private async Task ReportToQueuesAsync()
    {
        var availability = CurrentAvailability();
        foreach (var queueId in State.Queues)
        {
            await Queue(queueId).OnAgentAvailability(availability);
        }
    }

    /// <summary>Writes the state; every write is a new availability version.</summary>
    private Task SaveAsync()
    {
        State.Version++;
        return store.WriteStateAsync();
    }

    private ISkillQueueGrain Queue(string queueId) => GrainFactory.GetGrain<ISkillQueueGrain>(Identifiers.Scoped(_tenantId, queueId));

    private IConversationGrain Conversation(string conversationId) => GrainFactory.GetGrain<IConversationGrain>(Identifiers.Scoped(_tenantId, conversationId));
}
