using Routing.Grains.Interfaces.Model;

namespace Routing.Grains.Interfaces.Conversations;

/// <summary>A push to the customer's side: status, queue position and EWT, or a new message.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Status">Its status.</param>
/// <param name="QueuePosition">1-based position while queued.</param>
/// <param name="EstimatedWait">Estimated wait while queued.</param>
/// <param name="AgentDisplayName">The assigned agent's display name.</param>
/// <param name="Message">A new transcript entry, if the update is one.</param>
/// <param name="Typing">Who is typing, if the update is a typing notice (never stored).</param>
public sealed record ConversationUpdate(
    string ConversationId,
    ConversationStatus Status,
    int? QueuePosition,
    TimeSpan? EstimatedWait,
    string? AgentDisplayName,
    TranscriptEntry? Message,
    MessageSender? Typing = null);
