using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Routing.Gateway.Authentication;
using Routing.Gateway.Contracts;
using Routing.Gateway.Push;
using Routing.Gateway.Services;
using Routing.Grains.Interfaces.Model;

namespace Routing.Gateway.Hubs;

/// <summary>
/// <c>/hubs/customer</c>: one customer connection of one conversation (the <c>customerToken</c> names it). On connect
/// it follows the conversation and receives its current state; then bot and agent messages, queue position and EWT,
/// typing, assignment and close arrive as pushes.
/// </summary>
[Authorize(Policy = GatewayPolicies.Customer)]
public sealed class CustomerHub(ConversationService conversations, PushSubscriptions push, HubConnectionTracker tracker) : Hub<ICustomerClient>
{
    /// <inheritdoc />
    public override async Task OnConnectedAsync()
    {
        tracker.Add(Context, "customer");
        await push.AttachCustomerAsync(ConversationKey, Context.ConnectionId);
        var conversation = await conversations.GetAsync(TenantId, ConversationId);
        await Clients.Caller.ConversationUpdated(new ConversationUpdateDto(conversation.Id, conversation.Status, conversation.QueuePosition, conversation.EstimatedWaitSeconds, conversation.AgentDisplayName));
    }

    /// <inheritdoc />
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        tracker.Remove(Context, "customer");
        await push.DetachCustomerAsync(ConversationKey, Context.ConnectionId);
    }

    /// <summary>Sends a customer message; a retry with the same idempotency key is stored once.</summary>
    public async Task<TranscriptEntryDto> SendMessage(string text, string? idempotencyKey = null)
        => (await conversations.SendAsync(TenantId, ConversationId, Context.User!.UserId(), text, idempotencyKey)).Message;

    /// <summary>Tells the agent the customer is typing.</summary>
    public Task Typing() => conversations.TypingAsync(TenantId, ConversationId, MessageSender.Customer);

    /// <summary>Asks for a human, optionally naming the queue.</summary>
    public Task<HandoffResponse> RequestHuman(string? reason = null, string? queueId = null)
        => conversations.HandoffAsync(TenantId, ConversationId, new HandoffRequest(queueId, reason));

    /// <summary>The conversation with its transcript.</summary>
    public Task<ConversationDto> GetConversation() => conversations.GetAsync(TenantId, ConversationId);

    /// <summary>The customer leaves.</summary>
    public Task<ConversationDto> Close() => conversations.CloseAsync(TenantId, ConversationId);

    /// <summary>Rates the conversation 1-5 after service.</summary>
    public Task<ConversationDto> Rate(int score, string? comment = null)
        => conversations.RateAsync(TenantId, ConversationId, new SatisfactionRequest(score, comment));

    private string TenantId => Context.User!.TenantId();

    private string ConversationId => Context.User!.ConversationId();

    private string ConversationKey => Identifiers.Scoped(TenantId, ConversationId);
}
