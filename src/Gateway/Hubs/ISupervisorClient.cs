using Routing.Gateway.Contracts;

namespace Routing.Gateway.Hubs;

/// <summary>What the supervisor hub pushes.</summary>
public interface ISupervisorClient
{
    /// <summary>The tenant's live figures, about once a second while they change.</summary>
    Task Stats(SupervisorStatsDto stats);
}
