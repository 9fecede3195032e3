using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Routing.Gateway.Contracts;
using Routing.Gateway.Errors;
using Routing.Gateway.Services;
using Routing.Grains.Interfaces.Access;
using Routing.Grains.Interfaces.Tenants;
using Routing.Runtime;

namespace Routing.Gateway.Api;

/// <summary>The admin side for tenants, their API keys and their live figures: <c>/api/v1/admin/tenants</c>.</summary>
public static class AdminTenantEndpoints
{
    /// <summary>Maps the tenant admin endpoints.</summary>
    public static RouteGroupBuilder MapAdminTenantEndpoints(this RouteGroupBuilder admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        admin.MapPut("/tenants/{tenantId}", PutTenantAsync).WithName("PutTenant").WithSummary("Creates or updates a tenant.");
        admin.MapGet("/tenants/{tenantId}", GetTenantAsync).WithName("GetTenant");
        admin.MapPost("/tenants/{tenantId}/api-keys", CreateApiKeyAsync).WithName("CreateApiKey").WithSummary("Issues a channel API key; it is shown once.");
        admin.MapDelete("/tenants/{tenantId}/api-keys/{keyId}", RevokeApiKeyAsync).WithName("RevokeApiKey");
        admin.MapGet("/tenants/{tenantId}/stats", StatsAsync).WithName("GetTenantStats").WithSummary("Live queue and agent figures.");
        return admin;
    }

    /// <summary>The tenant's grain, or 404 when the tenant was never created.</summary>
    internal static async Task<ITenantGrain> RequireTenantAsync(IGrainFactory grains, string tenantId)
    {
        var tenant = grains.GetGrain<ITenantGrain>(RequestRules.RequirePathId(tenantId, "Tenant"));
        return await tenant.GetSettings() is null ? throw new KeyNotFoundException($"Tenant '{tenantId}' does not exist.") : tenant;
    }

    private static async Task<Ok<TenantDto>> PutTenantAsync(string tenantId, TenantRequest request, IGrainFactory grains)
    {
        if (!QueueRequestMapper.IsId(tenantId))
        {
            new ValidationErrors().Id(tenantId, "tenantId").ThrowIfAny();
        }

        new ValidationErrors()
            .Text(request.DisplayName, "displayName", 100, required: true)
            .AddIf(request.RateLimitPerSecond is < 1 or > TenantSettings.MaxRateLimitPerSecond, "rateLimitPerSecond", $"rateLimitPerSecond must be 1-{TenantSettings.MaxRateLimitPerSecond}.")
            .ThrowIfAny();
        var tenant = grains.GetGrain<ITenantGrain>(tenantId);
        var settings = await tenant.Configure(new TenantSettings(request.DisplayName!, request.RateLimitPerSecond ?? TenantSettings.DefaultRateLimitPerSecond));
        return TypedResults.Ok(new TenantDto(tenantId, settings.DisplayName, settings.RateLimitPerSecond, await tenant.GetApiKeys()));
    }

    private static async Task<Ok<TenantDto>> GetTenantAsync(string tenantId, IGrainFactory grains)
    {
        var tenant = await RequireTenantAsync(grains, tenantId);
        var settings = (await tenant.GetSettings())!;
        return TypedResults.Ok(new TenantDto(tenantId, settings.DisplayName, settings.RateLimitPerSecond, await tenant.GetApiKeys()));
    }

    private static async Task<Created<ApiKeyCreatedDto>> CreateApiKeyAsync(string tenantId, IGrainFactory grains)
    {
        var tenant = await RequireTenantAsync(grains, tenantId);
        // 256 random bits: unguessable, so storing only its SHA-256 is enough.
        var apiKey = "rk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var info = await tenant.RegisterApiKey(apiKey);
        return TypedResults.Created($"/api/v1/admin/tenants/{tenantId}/api-keys/{info.KeyId}", new ApiKeyCreatedDto(info.KeyId, apiKey));
    }

    private static async Task<NoContent> RevokeApiKeyAsync(string tenantId, string keyId, IGrainFactory grains)
    {
        var tenant = await RequireTenantAsync(grains, tenantId);
        return await tenant.RevokeApiKey(keyId) ? TypedResults.NoContent() : throw new KeyNotFoundException($"API key '{keyId}' does not exist.");
    }

    private static async Task<Ok<SupervisorStatsDto>> StatsAsync(string tenantId, IGrainFactory grains, TenantStatsReader stats)
    {
        await RequireTenantAsync(grains, tenantId);
        return TypedResults.Ok(await stats.ReadAsync(tenantId));
    }
}
