using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Routing.Gateway.Authentication;

namespace Routing.Gateway.RateLimiting;

/// <summary>
/// Two limits in front of every API call: load shedding (at most <see cref="GatewayOptions.MaxConcurrentRequests"/>
/// in flight in this process) and each tenant's channel rate (a token bucket refilled every second with the
/// tenant's <c>rateLimitPerSecond</c>). Either refusal is 429 with Retry-After, as problem details.
/// </summary>
internal static class GatewayRateLimiting
{
    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(LoadShedding(), TenantRate());
            limiter.OnRejected = WriteRejectionAsync;
        });
        return services;
    }

    private static PartitionedRateLimiter<HttpContext> LoadShedding()
        => PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetConcurrencyLimiter("process", _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = context.RequestServices.GetRequiredService<IOptions<GatewayOptions>>().Value.MaxConcurrentRequests,
            QueueLimit = 0,
        }));

    // The partition key includes the limit, so a changed tenant setting takes effect with a fresh bucket once the
    // cached credential expires.
    private static PartitionedRateLimiter<HttpContext> TenantRate()
        => PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var user = context.User;
            if (user.FindFirstValue(GatewayClaims.RateLimit) is not { } raw
                || !int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var perSecond))
            {
                return RateLimitPartition.GetNoLimiter("unmetered");
            }

            return RateLimitPartition.GetTokenBucketLimiter($"{user.TenantId()}:{perSecond}", _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = perSecond,
                TokensPerPeriod = perSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });

    private static async ValueTask WriteRejectionAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"The request rate is over the limit; retry after {retryAfter} s.",
            },
        });
    }
}
