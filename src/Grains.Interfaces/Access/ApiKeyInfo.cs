namespace Routing.Grains.Interfaces.Access;

/// <summary>A listed API key: its id and when it was issued, never the key.</summary>
/// <param name="KeyId">The key's public id.</param>
/// <param name="CreatedAt">When it was registered.</param>
public sealed record ApiKeyInfo(string KeyId, DateTimeOffset CreatedAt);
