namespace Routing.Grains.Interfaces.Access;

/// <summary>What a channel API key grants: access to one tenant.</summary>
/// <param name="TenantId">The tenant the key belongs to.</param>
/// <param name="KeyId">The key's public id, used to list and revoke it without revealing it.</param>
public sealed record ApiKeyGrant(string TenantId, string KeyId);
