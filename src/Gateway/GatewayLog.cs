using Microsoft.Extensions.Logging;

namespace Routing.Gateway;

/// <summary>The gateway's log messages (event ids 6100-6199). Ids and conversation keys only: never message text.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 6100, Level = LogLevel.Warning, Message = "Forwarding a push of {Kind} {Key} to its connections failed")]
    public static partial void PushFailed(ILogger logger, Exception exception, string kind, string key);

    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning, Message = "Renewing the push subscription of {Kind} {Key} failed; it is retried at the next renewal")]
    public static partial void RenewalFailed(ILogger logger, Exception exception, string kind, string key);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Warning, Message = "Unsubscribing from {Kind} {Key} failed; its lease runs out on its own")]
    public static partial void UnsubscribeFailed(ILogger logger, Exception exception, string kind, string key);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Error, Message = "Hub method {Hub}.{Method} failed for tenant {TenantId}")]
    public static partial void HubMethodFailed(ILogger logger, Exception exception, string hub, string method, string tenantId);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Information, Message = "Shutting down: closing {Count} hub connections and telling their clients to reconnect")]
    public static partial void ClosingConnections(ILogger logger, int count);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Warning, Message = "Reading the live figures of tenant {TenantId} for its supervisors failed")]
    public static partial void StatsFailed(ILogger logger, Exception exception, string tenantId);

    [LoggerMessage(EventId = 6106, Level = LogLevel.Information, Message = "Conversation {ConversationId} started for tenant {TenantId} on {Channel}")]
    public static partial void ConversationStarted(ILogger logger, string tenantId, string conversationId, string channel);
}
