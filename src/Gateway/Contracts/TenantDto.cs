using Routing.Grains.Interfaces.Access;

namespace Routing.Gateway.Contracts;

/// <summary>A tenant as the admin API shows it.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="DisplayName">The shop's name.</param>
/// <param name="RateLimitPerSecond">Channel requests per second.</param>
/// <param name="ApiKeys">Its API keys (ids only; a key is shown once, when created).</param>
public sealed record TenantDto(string TenantId, string DisplayName, int RateLimitPerSecond, IReadOnlyList<ApiKeyInfo> ApiKeys);
