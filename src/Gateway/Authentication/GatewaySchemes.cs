using Microsoft.AspNetCore.Authentication.BearerToken;

namespace Routing.Gateway.Authentication;

/// <summary>The authentication schemes.</summary>
public static class GatewaySchemes
{
    /// <summary>Channel frontends: header <c>X-Api-Key</c>.</summary>
    public const string ApiKey = "ApiKey";

    /// <summary>Administrators: header <c>X-Admin-Key</c>.</summary>
    public const string AdminKey = "AdminKey";

    /// <summary>Agents, supervisors and customer connections: the shared framework's bearer tokens.</summary>
    public const string Bearer = BearerTokenDefaults.AuthenticationScheme;

    /// <summary>The channel API key header.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>The administrator key header.</summary>
    public const string AdminKeyHeader = "X-Admin-Key";
}
