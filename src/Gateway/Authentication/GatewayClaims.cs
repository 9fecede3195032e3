namespace Routing.Gateway.Authentication;

/// <summary>The claim types the gateway issues and reads.</summary>
public static class GatewayClaims
{
    /// <summary>The caller's tenant; every credential carries it.</summary>
    public const string Tenant = "tenant";

    /// <summary>The one conversation a customer token may touch.</summary>
    public const string Conversation = "conversation";

    /// <summary>The API key's id, on channel requests (for logs, never the key).</summary>
    public const string KeyId = "key_id";

    /// <summary>The tenant's channel rate limit (requests per second), on channel requests.</summary>
    public const string RateLimit = "rate_limit";
}
