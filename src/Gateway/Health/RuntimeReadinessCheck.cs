using Microsoft.Extensions.Diagnostics.HealthChecks;
using Routing.Grains.Interfaces.Health;
using Routing.Runtime;

namespace Routing.Gateway.Health;

/// <summary>Ready when a grain call round-trips through the runtime within the check's time limit.</summary>
internal sealed class RuntimeReadinessCheck(IGrainFactory grains) : IHealthCheck
{
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var now = await grains.GetGrain<IHealthProbeGrain>("readiness").Probe().WaitAsync(s_limit, cancellationToken);
            return HealthCheckResult.Healthy($"grain call answered at {now:O}");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("a grain call through the runtime failed", exception);
        }
    }
}
