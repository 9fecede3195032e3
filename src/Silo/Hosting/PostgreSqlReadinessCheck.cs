using Microsoft.Extensions.Diagnostics.HealthChecks;
using Routing.Runtime.PostgreSql;

namespace Routing.Silo.Hosting;

/// <summary>Ready only when PostgreSQL answers a query within the check's limit (registered when it is the storage).</summary>
internal sealed class PostgreSqlReadinessCheck(PostgreSqlDatabase database) : IHealthCheck
{
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(s_limit);
            return await database.PingAsync(timeout.Token)
                ? HealthCheckResult.Healthy("PostgreSQL answered")
                : HealthCheckResult.Unhealthy("PostgreSQL gave an unexpected answer");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL did not answer", exception);
        }
    }
}
