namespace Routing.Gateway.Authentication;

/// <summary>Role claim values.</summary>
public static class GatewayRoles
{
    /// <summary>A channel frontend holding a tenant API key.</summary>
    public const string Channel = "channel";

    /// <summary>A customer connection holding a conversation token.</summary>
    public const string Customer = "customer";

    /// <summary>A signed-in agent.</summary>
    public const string Agent = "agent";

    /// <summary>A signed-in supervisor.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>The administrator.</summary>
    public const string Admin = "admin";
}
