using Routing.Runtime;

namespace Routing.Grains.Interfaces.Access;

/// <summary>
/// One channel API key, keyed by <see cref="ApiKeyHash.Of"/> of the key: the index from a presented key to its tenant.
/// The tenant grain grants and revokes; the gateway resolves.
/// </summary>
public interface IApiKeyGrain : IGrainWithStringKey
{
    /// <summary>The grant, or null for an unknown or revoked key.</summary>
    [ReadOnly]
    Task<ApiKeyGrant?> Resolve();

    /// <summary>Grants the key to a tenant (called by the tenant grain).</summary>
    Task Grant(ApiKeyGrant grant);

    /// <summary>Revokes the key (called by the tenant grain).</summary>
    Task Revoke();
}
