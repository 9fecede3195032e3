using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Routing.Gateway.Hubs;
using Routing.Gateway.Telemetry;
using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Conversations;
using Routing.Runtime;

namespace Routing.Gateway.Push;

/// <summary>
/// The one push path from grains to hub connections (README, "The push path"). Per gateway, each followed grain has
/// one observer (a relay) subscribed to it, shared by every local connection that follows it and released when the
/// last one leaves. Subscriptions are leases on the grain side, so a timer renews them; a gateway that dies simply
/// stops renewing and its subscriptions run out.
/// </summary>
/// <remarks>
/// One lock orders attach, detach, join and release, so a subscription is never dropped while a connection joins it.
/// Grain calls made under it are short and never wait on a hub connection.
/// </remarks>
public sealed class PushSubscriptions(
    IGrainFactory grains,
    IHubContext<CustomerHub, ICustomerClient> customers,
    IHubContext<AgentHub, IAgentClient> agents,
    TimeProvider time,
    GatewayMetrics metrics,
    ILogger<PushSubscriptions> logger) : IHostedService, IDisposable
{
    /// <summary>How often subscriptions are renewed; well inside the grains' five-minute lease.</summary>
    public static readonly TimeSpan RenewalPeriod = TimeSpan.FromMinutes(1);

    private const string CustomerHolder = "customer:";
    private const string AgentHolder = "agent:";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, Feed<IConversationObserver>> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Feed<IAgentObserver>> _agents = new(StringComparer.Ordinal);
    private ITimer? _renewal;

    /// <summary>A customer connection follows its conversation.</summary>
    public async Task AttachCustomerAsync(string conversationKey, string connectionId)
    {
        await customers.Groups.AddToGroupAsync(connectionId, HubGroups.Conversation(conversationKey));
        await WithGateAsync(() => AcquireConversationAsync(conversationKey, CustomerHolder + connectionId));
    }

    /// <summary>A customer connection closed.</summary>
    public Task DetachCustomerAsync(string conversationKey, string connectionId)
        => WithGateAsync(() => ReleaseConversationAsync(conversationKey, CustomerHolder + connectionId));

    /// <summary>An agent console connected: it follows the agent's offers and the conversations it serves.</summary>
    public async Task AttachAgentAsync(string agentKey, string connectionId, IEnumerable<string> conversationKeys)
    {
        ArgumentNullException.ThrowIfNull(conversationKeys);
        await agents.Groups.AddToGroupAsync(connectionId, HubGroups.Agent(agentKey));
        await WithGateAsync(async () =>
        {
            if (!_agents.TryGetValue(agentKey, out var feed))
            {
                var relay = new AgentRelay(agentKey, agents, this, metrics, logger);
                feed = new Feed<IAgentObserver>(relay, grains.CreateObjectReference<IAgentObserver>(relay));
                var reference = feed.Reference;
                await AgentGrain(agentKey).Subscribe(reference);
                _agents[agentKey] = feed;
            }

            feed.Holders.Add(connectionId);
            foreach (var conversationKey in conversationKeys)
            {
                await agents.Groups.AddToGroupAsync(connectionId, HubGroups.Conversation(conversationKey));
                await AcquireConversationAsync(conversationKey, AgentHolder + connectionId);
            }
        });
    }

    /// <summary>An agent console closed: it stops following the agent and its conversations.</summary>
    public Task DetachAgentAsync(string agentKey, string connectionId) => WithGateAsync(async () =>
    {
        foreach (var (conversationKey, _) in _conversations.Where(pair => pair.Value.Holders.Contains(AgentHolder + connectionId)).ToArray())
        {
            await ReleaseConversationAsync(conversationKey, AgentHolder + connectionId);
        }

        if (_agents.TryGetValue(agentKey, out var feed) && feed.Holders.Remove(connectionId) && feed.Holders.Count == 0)
        {
            _agents.Remove(agentKey);
            await UnsubscribeAsync("agent", agentKey, () => AgentGrain(agentKey).Unsubscribe(feed.Reference));
            grains.DeleteObjectReference(feed.Reference);
        }
    });

    /// <summary>The agent accepted a conversation: every console of the agent on this gateway follows it. Idempotent.</summary>
    public Task JoinAgentAsync(string agentKey, string conversationKey) => WithGateAsync(async () =>
    {
        if (!_agents.TryGetValue(agentKey, out var feed))
        {
            return;
        }

        foreach (var connectionId in feed.Holders.ToArray())
        {
            await agents.Groups.AddToGroupAsync(connectionId, HubGroups.Conversation(conversationKey));
            await AcquireConversationAsync(conversationKey, AgentHolder + connectionId);
        }
    });

    /// <summary>The conversation left its agent (transferred, re-queued, ended): agent consoles stop following it.</summary>
    public Task ReleaseAgentsAsync(string conversationKey) => WithGateAsync(async () =>
    {
        if (!_conversations.TryGetValue(conversationKey, out var feed))
        {
            return;
        }

        foreach (var holder in feed.Holders.Where(holder => holder.StartsWith(AgentHolder, StringComparison.Ordinal)).ToArray())
        {
            await agents.Groups.RemoveFromGroupAsync(holder[AgentHolder.Length..], HubGroups.Conversation(conversationKey));
            await ReleaseConversationAsync(conversationKey, holder);
        }
    });

    /// <summary>Starts renewing subscriptions.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _renewal = time.CreateTimer(static state => _ = ((PushSubscriptions)state!).RenewAsync(), this, RenewalPeriod, RenewalPeriod);
        return Task.CompletedTask;
    }

    /// <summary>Stops renewing.</summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _renewal?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Stops renewing and releases the lock.</summary>
    public void Dispose()
    {
        _renewal?.Dispose();
        _gate.Dispose();
    }

    /// <summary>Renews every subscription once (the timer's work; public for tests that move the clock far).</summary>
    public async Task RenewAsync()
    {
        (string Key, IConversationObserver Reference)[] conversations;
        (string Key, IAgentObserver Reference)[] agentFeeds;
        await _gate.WaitAsync();
        try
        {
            conversations = [.. _conversations.Select(pair => (pair.Key, pair.Value.Reference))];
            agentFeeds = [.. _agents.Select(pair => (pair.Key, pair.Value.Reference))];
        }
        finally
        {
            _gate.Release();
        }

        foreach (var (key, reference) in conversations)
        {
            await RenewAsync("conversation", key, () => ConversationGrain(key).Subscribe(reference));
        }

        foreach (var (key, reference) in agentFeeds)
        {
            await RenewAsync("agent", key, () => AgentGrain(key).Subscribe(reference));
        }
    }

    private async Task AcquireConversationAsync(string conversationKey, string holder)
    {
        if (!_conversations.TryGetValue(conversationKey, out var feed))
        {
            var relay = new ConversationRelay(conversationKey, customers, agents, this, metrics, logger);
            feed = new Feed<IConversationObserver>(relay, grains.CreateObjectReference<IConversationObserver>(relay));
            var reference = feed.Reference;
            await ConversationGrain(conversationKey).Subscribe(reference);
            _conversations[conversationKey] = feed;
        }

        feed.Holders.Add(holder);
    }

    private async Task ReleaseConversationAsync(string conversationKey, string holder)
    {
        if (_conversations.TryGetValue(conversationKey, out var feed) && feed.Holders.Remove(holder) && feed.Holders.Count == 0)
        {
            _conversations.Remove(conversationKey);
            await UnsubscribeAsync("conversation", conversationKey, () => ConversationGrain(conversationKey).Unsubscribe(feed.Reference));
            grains.DeleteObjectReference(feed.Reference);
        }
    }

    private async Task WithGateAsync(Func<Task> action)
    {
        await _gate.WaitAsync();
        try
        {
            await action();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RenewAsync(string kind, string key, Func<Task> subscribe)
    {
        try
        {
            await subscribe();
        }
        catch (Exception exception)
        {
            GatewayLog.RenewalFailed(logger, exception, kind, key);
        }
    }

    private async Task UnsubscribeAsync(string kind, string key, Func<Task> unsubscribe)
    {
        try
        {
            await unsubscribe();
        }
        catch (Exception exception)
        {
            GatewayLog.UnsubscribeFailed(logger, exception, kind, key);
        }
    }

    private IConversationGrain ConversationGrain(string key) => grains.GetGrain<IConversationGrain>(key);

    private IAgentGrain AgentGrain(string key) => grains.GetGrain<IAgentGrain>(key);

    /// <summary>
    /// One subscription: the relay (held here, because the runtime holds observer objects only weakly), its reference,
    /// and who on this gateway follows it.
    /// </summary>
    private sealed class Feed<TObserver>(TObserver relay, TObserver reference)
        where TObserver : class, IGrainObserver
    {
        public TObserver Relay { get; } = relay;

        public TObserver Reference { get; } = reference;

        public HashSet<string> Holders { get; } = new(StringComparer.Ordinal);
    }
}
