using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;

namespace Routing.Gateway.Authentication;

/// <summary>
/// Issues bearer tokens of the shared framework's bearer-token scheme (data-protected tickets, not JWTs) with the
/// configured lifetime. Gateways that share tokens must share their data-protection key ring.
/// </summary>
public sealed class TokenFactory(IOptionsMonitor<BearerTokenOptions> bearerOptions, IOptions<GatewayOptions> options, TimeProvider time)
{
    /// <summary>A token for the principal, with the seconds until it expires.</summary>
    public AccessTokenResponse Issue(ClaimsPrincipal principal)
    {
        var lifetime = options.Value.TokenLifetime;
        var properties = new AuthenticationProperties { IssuedUtc = time.GetUtcNow(), ExpiresUtc = time.GetUtcNow() + lifetime };
        var ticket = new AuthenticationTicket(principal, properties, GatewaySchemes.Bearer);
        var token = bearerOptions.Get(GatewaySchemes.Bearer).BearerTokenProtector.Protect(ticket);
        return new AccessTokenResponse("Bearer", token, (long)lifetime.TotalSeconds);
    }
}
