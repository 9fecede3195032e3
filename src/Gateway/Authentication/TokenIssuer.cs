using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Routing.Grains.Interfaces.Access;

namespace Routing.Gateway.Authentication;

/// <summary>Builds the principals behind bearer tokens: signed-in users, and customers of one conversation.</summary>
public static class TokenIssuer
{
    /// <summary>A signed-in agent or supervisor.</summary>
    public static ClaimsPrincipal ForUser(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var role = account.Role == UserRole.Supervisor ? GatewayRoles.Supervisor : GatewayRoles.Agent;
        return new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(GatewayClaims.Tenant, account.TenantId),
                new Claim(ClaimTypes.NameIdentifier, account.UserId),
                new Claim(ClaimTypes.Name, account.DisplayName),
                new Claim(ClaimTypes.Role, role),
            ],
            GatewaySchemes.Bearer));
    }

    /// <summary>A customer connection of one conversation.</summary>
    public static ClaimsPrincipal ForCustomer(string tenantId, string conversationId, string customerId)
        => new(new ClaimsIdentity(
            [
                new Claim(GatewayClaims.Tenant, tenantId),
                new Claim(GatewayClaims.Conversation, conversationId),
                new Claim(ClaimTypes.NameIdentifier, customerId),
                new Claim(ClaimTypes.Role, GatewayRoles.Customer),
            ],
            GatewaySchemes.Bearer));

    /// <summary>
    /// Reads a bearer token from <c>?access_token=</c> on hub requests: browsers cannot set headers on WebSockets
    /// or server-sent events, so that is where SignalR clients put it.
    /// </summary>
    public static void ReadHubQueryToken(HttpContext context, Action<string> setToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(setToken);
        if (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query["access_token"].ToString() is { Length: > 0 } token)
        {
            setToken(token);
        }
    }
}
