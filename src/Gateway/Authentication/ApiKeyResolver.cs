using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Routing.Grains.Interfaces.Access;
using Routing.Grains.Interfaces.Tenants;
using Routing.Runtime;

namespace Routing.Gateway.Authentication;

/// <summary>
/// Resolves a presented API key to its tenant through the key's index grain, remembering the answer for
/// <see cref="GatewayOptions.CredentialCacheDuration"/> so a busy channel does not cost a grain call per request.
/// A revoked key therefore stops working within that duration.
/// </summary>
public sealed class ApiKeyResolver(IGrainFactory grains, IMemoryCache cache, IOptions<GatewayOptions> options)
{
    /// <summary>The grant with the tenant's rate limit, or null when the key is unknown or revoked.</summary>
    public async ValueTask<ResolvedApiKey?> ResolveAsync(string apiKey)
    {
        var hash = ApiKeyHash.Of(apiKey);
        var cacheKey = "apikey:" + hash;
        if (cache.TryGetValue(cacheKey, out ResolvedApiKey? cached))
        {
            return cached;
        }

        ResolvedApiKey? resolved = null;
        if (await grains.GetGrain<IApiKeyGrain>(hash).Resolve() is { } grant)
        {
            var settings = await grains.GetGrain<ITenantGrain>(grant.TenantId).GetSettings();
            resolved = new ResolvedApiKey(grant, settings?.RateLimitPerSecond ?? TenantSettings.DefaultRateLimitPerSecond);
        }

        // Zero turns the cache off (every request asks the key's grain); the cache itself refuses a zero lifetime.
        if (options.Value.CredentialCacheDuration > TimeSpan.Zero)
        {
            cache.Set(cacheKey, resolved, options.Value.CredentialCacheDuration);
        }

        return resolved;
    }
}
