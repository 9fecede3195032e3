using Microsoft.AspNetCore.Builder;
using Routing.Gateway.Errors;

namespace Routing.Gateway;

/// <summary>The gateway's middleware, in the order that keeps every error a problem-details answer.</summary>
public static class GatewayApplicationBuilderExtensions
{
    /// <summary>
    /// Exception handling first (so nothing below can leak a stack trace), problem details for bare status codes,
    /// the body limit, authentication, authorization, then rate limiting (which partitions by the authenticated tenant).
    /// </summary>
    public static IApplicationBuilder UseRoutingGateway(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseWebSockets();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }
}
