using System.Security.Claims;

namespace Routing.Gateway.Authentication;

/// <summary>Reads the caller's tenant, user and conversation from an authenticated principal.</summary>
public static class CallerExtensions
{
    /// <summary>The caller's tenant. Endpoints run only after a policy required it, so its absence is a server bug.</summary>
    public static string TenantId(this ClaimsPrincipal user)
        => user.FindFirstValue(GatewayClaims.Tenant) ?? throw new InvalidOperationException("The caller has no tenant claim.");

    /// <summary>The signed-in user's id (agent or supervisor), or the customer's id on a customer token.</summary>
    public static string UserId(this ClaimsPrincipal user)
        => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The caller has no user id claim.");

    /// <summary>The conversation a customer token names.</summary>
    public static string ConversationId(this ClaimsPrincipal user)
        => user.FindFirstValue(GatewayClaims.Conversation) ?? throw new InvalidOperationException("The caller has no conversation claim.");
}
