using Routing.Gateway.Contracts;

namespace Routing.Gateway.Hubs;

/// <summary>What the agent hub pushes to an agent's console.</summary>
public interface IAgentClient
{
    /// <summary>A new offer: accept or reject it before <c>expiresAt</c>.</summary>
    Task Offer(OfferDto offer);

    /// <summary>An offer ended: accepted, rejected, expired (the agent is now not responding) or withdrawn.</summary>
    Task OfferEnded(OfferEndedDto ended);

    /// <summary>A new message in one of the agent's conversations.</summary>
    Task Message(AgentMessageDto message);

    /// <summary>One of the agent's conversations changed status (for example the customer left, or wrap-up ended).</summary>
    Task ConversationUpdated(ConversationUpdateDto update);

    /// <summary>The customer is typing.</summary>
    Task Typing(TypingDto typing);
}
