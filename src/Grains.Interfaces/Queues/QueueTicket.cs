using Routing.Grains.Interfaces.Conversations;

namespace Routing.Grains.Interfaces.Queues;

/// <summary>A conversation asking for a place in a queue.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="ArrivedAt">Its arrival time: kept across re-queues, overflows and transfers, so it never loses its place.</param>
/// <param name="BasePriority">Its priority from tier, intent, urgency and channel, before aging.</param>
/// <param name="PreferredAgentId">The customer's preferred or last agent, who gets the first chance.</param>
/// <param name="SeniorOnly">Only senior agents may take it.</param>
/// <param name="Context">The context offered to agents.</param>
/// <param name="Readmission">A conversation that was already admitted (re-queued, transferred, overflowed): admission control does not apply.</param>
public sealed record QueueTicket(
    string ConversationId,
    DateTimeOffset ArrivedAt,
    double BasePriority,
    string? PreferredAgentId,
    bool SeniorOnly,
    ConversationContext Context,
    bool Readmission = false);
