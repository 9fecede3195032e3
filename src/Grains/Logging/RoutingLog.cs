using Microsoft.Extensions.Logging;

namespace Routing.Grains.Logging;

/// <summary>Source-generated log messages of the routing grains (event ids 4000-4099).</summary>
internal static partial class RoutingLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning, Message = "Queue {QueueId}: reserving agent {AgentId} for conversation {ConversationId} failed; the conversation waits again")]
    public static partial void ReserveFailed(ILogger logger, Exception exception, string queueId, string agentId, string conversationId);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Queue {QueueId}: offer {OfferId} to {AgentId} is unknown to the agent; conversation {ConversationId} waits again")]
    public static partial void OfferReconciled(ILogger logger, string queueId, string offerId, string agentId, string conversationId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Conversation {ConversationId}: moving to queue {QueueId} failed; it goes back to queue {FallbackQueueId}")]
    public static partial void RequeueFailed(ILogger logger, Exception exception, string conversationId, string queueId, string fallbackQueueId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Conversation {ConversationId}: appending {Count} events to the journal failed; they stay pending")]
    public static partial void JournalAppendFailed(ILogger logger, Exception exception, string conversationId, int count);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Agent {AgentId}: registering with the tenant's queues failed")]
    public static partial void AgentRegistrationFailed(ILogger logger, Exception exception, string agentId);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Queue {QueueId}: checking offer {OfferId} with agent {AgentId} failed")]
    public static partial void OfferCheckFailed(ILogger logger, Exception exception, string queueId, string offerId, string agentId);
}
