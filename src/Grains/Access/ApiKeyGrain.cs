using Routing.Grains.Interfaces.Access;
using Routing.Runtime;

namespace Routing.Grains.Access;

/// <summary>The index entry from an API key's hash to its tenant.</summary>
public sealed class ApiKeyGrain([PersistentState("apikey")] IPersistentState<ApiKeyState> store) : Grain, IApiKeyGrain
{
    public Task<ApiKeyGrant?> Resolve() => Task.FromResult(store.State.Grant);

    public async Task Grant(ApiKeyGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        if (store.State.Grant is { } existing && existing.TenantId != grant.TenantId)
        {
            // Two tenants can only collide on a key by reusing one on purpose; never let the second take it over.
            throw new InvalidOperationException("The API key is already registered to another tenant.");
        }

        store.State.Grant = grant;
        await store.WriteStateAsync();
    }

    public async Task Revoke()
    {
        store.State.Grant = null;
        await store.ClearStateAsync();
    }
}
