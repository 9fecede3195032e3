using Routing.Runtime;

namespace Routing.Grains.Interfaces.Health;

/// <summary>
/// A grain the gateway's readiness check calls, so "ready" means the runtime really activates grains and runs
/// their turns, not only that the process is up.
/// </summary>
public interface IHealthProbeGrain : IGrainWithStringKey
{
    /// <summary>Returns the silo clock's current time.</summary>
    [ReadOnly]
    Task<DateTimeOffset> Probe();
}
