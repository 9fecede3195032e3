using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Model;
using Routing.Runtime;

namespace Routing.Grains.Interfaces.Conversations;

/// <summary>
/// One customer conversation (key <c>tenant/conversation</c>): its lifecycle, transcript and events. It is the single
/// writer of its event stream. Every request writes state before it returns; notifications from queues and agents
/// are one-way, so no call cycle can form.
/// </summary>
public interface IConversationGrain : IGrainWithStringKey
{
    /// <summary>Starts the conversation (idempotent). Throws <see cref="ConversationRuleException"/> when it belongs to another customer.</summary>
    Task<ConversationView> Start(StartConversation command);

    /// <summary>Moves a started conversation to the bot stage.</summary>
    Task<ConversationView> EnterBotStage();

    /// <summary>Adds a transcript entry; a repeated idempotency key returns the stored entry.</summary>
    Task<TranscriptEntry> AddMessage(MessageSender sender, string? senderId, string text, string idempotencyKey);

    /// <summary>Puts the conversation in a human queue (or gets an admission refusal).</summary>
    Task<EnqueueResult> RequestHuman(RequestHuman request);

    /// <summary>The customer left while waiting.</summary>
    Task<ConversationView> Abandon();

    /// <summary>The customer accepted a callback (or left a message) instead of waiting.</summary>
    Task<ConversationView> ChooseCallback(bool leaveMessage);

    /// <summary>The assigned agent transfers the conversation to a queue or an agent, with a note.</summary>
    Task<ConversationView> Transfer(string byAgentId, TransferTarget target);

    /// <summary>
    /// The assigned agent ends the conversation: wrap-up starts, the agent's slot is freed after it. The optional
    /// wrap-up code (disposition, 1-64 characters) is kept with the conversation and its event.
    /// </summary>
    Task<ConversationView> Close(string byAgentId, string? wrapUpCode = null);

    /// <summary>Turns the conversation into a ticket to be handled later.</summary>
    Task<ConversationView> CreateTicket(string reason);

    /// <summary>Attaches the satisfaction rating, exactly once, after service.</summary>
    Task<ConversationView> Rate(int score, string? comment);

    /// <summary>The conversation's state.</summary>
    [ReadOnly]
    Task<ConversationView> GetView();

    /// <summary>
    /// Someone in the conversation is typing: pushed to its connections, never stored. One-way and best effort.
    /// </summary>
    [OneWay]
    Task Typing(MessageSender sender);

    /// <summary>Subscribes (or renews) a customer-side connection.</summary>
    Task Subscribe(IConversationObserver observer);

    /// <summary>Unsubscribes a customer-side connection.</summary>
    Task Unsubscribe(IConversationObserver observer);

    /// <summary>A queue offered the conversation to an agent.</summary>
    [OneWay]
    Task OnOffered(string queueId, string offerId, string agentId);

    /// <summary>An offer ended without assignment: the conversation waits again.</summary>
    [OneWay]
    Task OnOfferEnded(OfferResolution resolution);

    /// <summary>An agent accepted the conversation.</summary>
    [OneWay]
    Task OnAssigned(string offerId, string agentId, string agentDisplayName);

    /// <summary>The queue's estimate for this conversation changed.</summary>
    [OneWay]
    Task OnQueueUpdate(string queueId, int position, TimeSpan estimatedWait);

    /// <summary>An escalation step applied.</summary>
    [OneWay]
    Task OnEscalated(string queueId, int stepIndex, string description);

    /// <summary>The queue moved the conversation to another queue (overflow), keeping its arrival time.</summary>
    [OneWay]
    Task OnOverflow(string fromQueueId, string toQueueId);

    /// <summary>The queue offers the customer a callback or leave-a-message.</summary>
    [OneWay]
    Task OnCallbackOffered(string queueId, string reason);

    /// <summary>The agent finished wrap-up: the conversation is closed.</summary>
    [OneWay]
    Task OnWrapUpCompleted(string agentId);

    /// <summary>The assigned agent went offline: the conversation goes back to its queue.</summary>
    [OneWay]
    Task OnAgentLeft(string agentId);
}
