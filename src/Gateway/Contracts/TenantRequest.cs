namespace Routing.Gateway.Contracts;

/// <summary>Creates or updates a tenant.</summary>
/// <param name="DisplayName">The shop's name, 1-100 characters (required).</param>
/// <param name="RateLimitPerSecond">Channel requests per second, 1-100,000. Default 1,000.</param>
public sealed record TenantRequest(string? DisplayName, int? RateLimitPerSecond = null);
