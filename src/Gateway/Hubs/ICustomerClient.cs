using Routing.Gateway.Contracts;

namespace Routing.Gateway.Hubs;

/// <summary>What the customer hub pushes to a customer connection.</summary>
public interface ICustomerClient
{
    /// <summary>Status, queue position and estimated wait, or the assigned agent changed.</summary>
    Task ConversationUpdated(ConversationUpdateDto update);

    /// <summary>A new transcript entry (bot, agent, system, or the customer's own from another device). Ordered by <c>sequence</c>.</summary>
    Task Message(TranscriptEntryDto message);

    /// <summary>The agent is typing.</summary>
    Task Typing(TypingDto typing);
}
