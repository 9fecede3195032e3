namespace Routing.Gateway;

/// <summary>The gateway's settings (section <c>Routing:Gateway</c>), validated at startup.</summary>
public sealed class GatewayOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Routing:Gateway";

    /// <summary>The administrator's key for <c>/api/v1/admin</c> (header <c>X-Admin-Key</c>). Null: the admin API refuses every call.</summary>
    public string? AdminKey { get; set; }

    /// <summary>The largest request body accepted, in bytes. Default 64 KiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>How long a sign-in or customer token is valid. Default 8 hours (an agent's shift).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long a resolved API key or tenant setting is reused before it is looked up again. Default 10 s.</summary>
    public TimeSpan CredentialCacheDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Load shedding: the most API requests in flight at once in this process; beyond it callers get 429 with
    /// Retry-After instead of piling up behind the silo. Default 4,000.
    /// </summary>
    public int MaxConcurrentRequests { get; set; } = 4000;
}
