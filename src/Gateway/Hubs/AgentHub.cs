using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Routing.Gateway.Authentication;
using Routing.Gateway.Contracts;
using Routing.Gateway.Push;
using Routing.Gateway.Services;
using Routing.Grains.Interfaces.Model;

namespace Routing.Gateway.Hubs;

/// <summary>
/// <c>/hubs/agent</c>: a signed-in agent's console. On connect it follows the agent's offers and the conversations it
/// serves, and receives its open offers; the agent sets presence, accepts or rejects offers, messages, transfers and
/// closes through it. An agent acts only on its own offers and conversations.
/// </summary>
[Authorize(Policy = GatewayPolicies.Agent)]
public sealed class AgentHub(AgentService agents, PushSubscriptions push, HubConnectionTracker tracker) : Hub<IAgentClient>
{
    /// <inheritdoc />
    public override async Task OnConnectedAsync()
    {
        tracker.Add(Context, "agent");
        var me = await agents.GetAsync(TenantId, AgentId);
        await push.AttachAgentAsync(AgentKey, Context.ConnectionId, me.Assignments.Concat(me.WrapUps).Select(id => Identifiers.Scoped(TenantId, id)));
        foreach (var offer in me.Offers)
        {
            await Clients.Caller.Offer(offer);
        }
    }

    /// <inheritdoc />
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        tracker.Remove(Context, "agent");
        await push.DetachAgentAsync(AgentKey, Context.ConnectionId);
    }

    /// <summary>The agent's state: presence, capacity, offers, conversations.</summary>
    public Task<AgentDto> GetState() => agents.GetAsync(TenantId, AgentId);

    /// <summary>Sets presence: available, away or offline.</summary>
    public Task<AgentDto> SetPresence(AgentPresence presence) => agents.SetPresenceAsync(TenantId, AgentId, presence);

    /// <summary>Accepts an open offer; the console follows the conversation before this returns.</summary>
    public async Task<ConversationDto> Accept(string offerId)
    {
        var conversation = await agents.AcceptAsync(TenantId, AgentId, offerId);
        await push.JoinAgentAsync(AgentKey, Identifiers.Scoped(TenantId, conversation.Id));
        return conversation;
    }

    /// <summary>Rejects an open offer.</summary>
    public Task Reject(string offerId) => agents.RejectAsync(TenantId, AgentId, offerId);

    /// <summary>Sends a message in a conversation the agent serves.</summary>
    public Task<TranscriptEntryDto> SendMessage(string conversationId, string text, string? idempotencyKey = null)
        => agents.SendAsync(TenantId, AgentId, conversationId, text, idempotencyKey);

    /// <summary>Tells the customer the agent is typing.</summary>
    public Task Typing(string conversationId) => agents.TypingAsync(TenantId, AgentId, conversationId);

    /// <summary>Transfers to a queue or an agent, with a note.</summary>
    public Task<ConversationDto> Transfer(string conversationId, TransferRequest target) => agents.TransferAsync(TenantId, AgentId, conversationId, target);

    /// <summary>Closes with an optional wrap-up code.</summary>
    public Task<ConversationDto> Close(string conversationId, string? wrapUpCode = null) => agents.CloseAsync(TenantId, AgentId, conversationId, wrapUpCode);

    /// <summary>The conversations the agent serves or wraps up.</summary>
    public Task<IReadOnlyList<ConversationDto>> GetConversations() => agents.ListAsync(TenantId, AgentId);

    private string TenantId => Context.User!.TenantId();

    private string AgentId => Context.User!.UserId();

    private string AgentKey => Identifiers.Scoped(TenantId, AgentId);
}
