using Routing.Runtime;

namespace Routing.Grains.Interfaces.Conversations;

/// <summary>The customer side of a conversation (a channel connection), notified of every change.</summary>
public interface IConversationObserver : IGrainObserver
{
    /// <summary>Receives an update. One-way: the conversation never waits for a connection.</summary>
    [OneWay]
    Task OnConversationUpdated(ConversationUpdate update);
}
