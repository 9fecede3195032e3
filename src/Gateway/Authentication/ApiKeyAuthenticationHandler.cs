using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Routing.Gateway.Authentication;

/// <summary>Authenticates a channel frontend by its tenant API key (header <c>X-Api-Key</c>).</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyResolver resolver) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(GatewaySchemes.ApiKeyHeader, out var values) || values.Count == 0 || string.IsNullOrEmpty(values[0]))
        {
            return AuthenticateResult.NoResult();
        }

        var apiKey = values[0]!;
        if (apiKey.Length > 200 || await resolver.ResolveAsync(apiKey) is not { } resolved)
        {
            return AuthenticateResult.Fail("The API key is not valid.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(GatewayClaims.Tenant, resolved.Grant.TenantId),
                new Claim(GatewayClaims.KeyId, resolved.Grant.KeyId),
                new Claim(GatewayClaims.RateLimit, resolved.RateLimitPerSecond.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Role, GatewayRoles.Channel),
            ],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
