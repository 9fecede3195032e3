namespace Routing.Gateway.Authentication;

/// <summary>Authorization policy names: one per kind of caller, each tied to its scheme and role.</summary>
public static class GatewayPolicies
{
    /// <summary>Channel frontends (API key).</summary>
    public const string Channel = "channel";

    /// <summary>Customer connections (conversation token).</summary>
    public const string Customer = "customer";

    /// <summary>Agents (bearer).</summary>
    public const string Agent = "agent";

    /// <summary>Supervisors (bearer).</summary>
    public const string Supervisor = "supervisor";

    /// <summary>Administrators (admin key).</summary>
    public const string Admin = "admin";
}
