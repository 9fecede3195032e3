using Routing.Grains.Interfaces.Health;
using Routing.Runtime;

namespace Routing.Grains.Health;

/// <summary>Answers readiness probes; it holds no state.</summary>
[CollectionAgeLimit(Minutes = 5)]
public sealed class HealthProbeGrain : Grain, IHealthProbeGrain
{
    /// <inheritdoc />
    public Task<DateTimeOffset> Probe() => Task.FromResult(TimeProvider.GetUtcNow());
}
