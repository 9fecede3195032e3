namespace Routing.Gateway.Contracts;

/// <summary>A new API key: shown once, stored only as a hash.</summary>
/// <param name="KeyId">The key's id, to list and revoke it.</param>
/// <param name="ApiKey">The key itself (header <c>X-Api-Key</c>).</param>
public sealed record ApiKeyCreatedDto(string KeyId, string ApiKey);
