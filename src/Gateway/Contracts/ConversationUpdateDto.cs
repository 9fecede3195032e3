using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;

namespace Routing.Gateway.Contracts;

/// <summary>A status push to hub clients: status, queue position and EWT, assigned agent.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Status">Its status.</param>
/// <param name="QueuePosition">1-based position while queued.</param>
/// <param name="EstimatedWaitSeconds">Estimated wait while queued, in seconds.</param>
/// <param name="AgentDisplayName">The assigned agent's display name.</param>
public sealed record ConversationUpdateDto(string ConversationId, ConversationStatus Status, int? QueuePosition, double? EstimatedWaitSeconds, string? AgentDisplayName)
{
    /// <summary>Maps the grain's push.</summary>
    public static ConversationUpdateDto From(ConversationUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return new(update.ConversationId, update.Status, update.QueuePosition, update.EstimatedWait?.TotalSeconds, update.AgentDisplayName);
    }
}
