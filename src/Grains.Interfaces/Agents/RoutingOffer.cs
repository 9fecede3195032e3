using Routing.Grains.Interfaces.Conversations;

namespace Routing.Grains.Interfaces.Agents;

/// <summary>A conversation offered to one agent (a reservation): the agent accepts, rejects or lets it expire.</summary>
/// <param name="OfferId">Unique per offer.</param>
/// <param name="ConversationId">The conversation (without the tenant prefix).</param>
/// <param name="QueueId">The queue that made the offer; the outcome goes back to it.</param>
/// <param name="Timeout">How long the agent has to answer.</param>
/// <param name="Context">What the agent needs to decide and to start: customer, intent, transcript.</param>
public sealed record RoutingOffer(string OfferId, string ConversationId, string QueueId, TimeSpan Timeout, ConversationContext Context);
