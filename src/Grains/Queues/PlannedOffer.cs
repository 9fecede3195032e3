using Routing.Grains.Interfaces.Agents;

namespace Routing.Grains.Queues;

/// <summary>An offer chosen in a dispatch round, booked in memory, not yet written or sent.</summary>
/// <param name="Record">The conversation's row, with the offer.</param>
/// <param name="Agent">The agent as the queue saw it when choosing.</param>
public sealed record PlannedOffer(QueueEntryRecord Record, AgentAvailability Agent);
