namespace Routing.Grains.Tenants;

/// <summary>A registered key: its hash (the key of its <see cref="Interfaces.Access.IApiKeyGrain"/>) and when it was registered.</summary>
/// <param name="Hash">SHA-256 of the key.</param>
/// <param name="CreatedAt">When it was registered.</param>
public sealed record StoredApiKey(string Hash, DateTimeOffset CreatedAt);
