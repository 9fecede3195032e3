namespace Routing.Grains.Interfaces.Access;

/// <summary>A tenant's own settings.</summary>
/// <param name="DisplayName">The shop's name.</param>
/// <param name="RateLimitPerSecond">Channel requests per second the gateway admits for this tenant (1–100,000).</param>
public sealed record TenantSettings(string DisplayName, int RateLimitPerSecond = TenantSettings.DefaultRateLimitPerSecond)
{
    /// <summary>The rate limit of a tenant that never set one.</summary>
    public const int DefaultRateLimitPerSecond = 1000;

    /// <summary>The largest accepted rate limit.</summary>
    public const int MaxRateLimitPerSecond = 100_000;
}
