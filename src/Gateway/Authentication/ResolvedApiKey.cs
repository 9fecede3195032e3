using Routing.Grains.Interfaces.Access;

namespace Routing.Gateway.Authentication;

/// <summary>A valid API key's grant and its tenant's channel rate limit.</summary>
/// <param name="Grant">The tenant and key id.</param>
/// <param name="RateLimitPerSecond">The tenant's channel requests per second.</param>
public sealed record ResolvedApiKey(ApiKeyGrant Grant, int RateLimitPerSecond);
