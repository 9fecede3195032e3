using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Routing.Gateway.Contracts;
using Routing.Gateway.Hubs;
using Routing.Gateway.Telemetry;
using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;

namespace Routing.Gateway.Push;

/// <summary>
/// This gateway's one observer of one conversation grain: forwards each push to the conversation's group on the
/// customer hub and on the agent hub. The runtime runs its calls one at a time in order, so pushes keep their order.
/// </summary>
internal sealed class ConversationRelay(
    string conversationKey,
    IHubContext<CustomerHub, ICustomerClient> customers,
    IHubContext<AgentHub, IAgentClient> agents,
    PushSubscriptions subscriptions,
    GatewayMetrics metrics,
    ILogger logger) : IConversationObserver
{
    public async Task OnConversationUpdated(ConversationUpdate update)
    {
        var group = HubGroups.Conversation(conversationKey);
        try
        {
            metrics.Pushed("conversation");
            if (update.Typing is { } sender)
            {
                var typing = new TypingDto(update.ConversationId, sender);
                await (sender == MessageSender.Customer ? agents.Clients.Group(group).Typing(typing) : customers.Clients.Group(group).Typing(typing));
                return;
            }

            if (update.Message is { } message)
            {
                var entry = TranscriptEntryDto.From(message);
                await customers.Clients.Group(group).Message(entry);
                await agents.Clients.Group(group).Message(new AgentMessageDto(update.ConversationId, entry));
                return;
            }

            var dto = ConversationUpdateDto.From(update);
            await customers.Clients.Group(group).ConversationUpdated(dto);
            await agents.Clients.Group(group).ConversationUpdated(dto);
            if (update.Status is not (ConversationStatus.Assigned or ConversationStatus.WrapUp))
            {
                // Transferred, re-queued or ended: the agent's consoles stop following it (after this last update).
                await subscriptions.ReleaseAgentsAsync(conversationKey);
            }
        }
        catch (Exception exception)
        {
            metrics.PushFailed("conversation");
            GatewayLog.PushFailed(logger, exception, "conversation", conversationKey);
        }
    }
}
