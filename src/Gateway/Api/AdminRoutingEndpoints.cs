using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Routing.Gateway.Contracts;
using Routing.Gateway.Errors;
using Routing.Gateway.Services;
using Routing.Grains.Interfaces.Access;
using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Model;
using Routing.Runtime;

namespace Routing.Gateway.Api;

/// <summary>The admin side for a tenant's queues, users and agents: <c>/api/v1/admin/tenants/{tenantId}/...</c>.</summary>
public static class AdminRoutingEndpoints
{
    /// <summary>Maps the queue, user and agent admin endpoints.</summary>
    public static RouteGroupBuilder MapAdminRoutingEndpoints(this RouteGroupBuilder admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        admin.MapPut("/tenants/{tenantId}/queues/{queueId}", PutQueueAsync).WithName("PutQueue")
            .WithSummary("Creates or replaces a queue: skill, SLA, escalation steps, overflow, admission limits.");
        admin.MapGet("/tenants/{tenantId}/queues", ListQueuesAsync).WithName("ListQueues");
        admin.MapGet("/tenants/{tenantId}/queues/{queueId}", GetQueueAsync).WithName("GetQueue");
        admin.MapPut("/tenants/{tenantId}/users/{userId}", PutUserAsync).WithName("PutUser")
            .WithSummary("Creates or replaces an agent (skills, proficiency, capacity, tier) or a supervisor.");
        admin.MapGet("/tenants/{tenantId}/users/{userId}", GetUserAsync).WithName("GetUser");
        admin.MapGet("/tenants/{tenantId}/agents", ListAgentsAsync).WithName("ListAgents");
        return admin;
    }

    private static async Task<Ok<QueueDto>> PutQueueAsync(string tenantId, string queueId, QueueRequest request, IGrainFactory grains)
    {
        var tenant = await AdminTenantEndpoints.RequireTenantAsync(grains, tenantId);
        new ValidationErrors().Id(queueId, "queueId").ThrowIfAny();
        var definition = QueueRequestMapper.ToDefinition(queueId, request);
        foreach (var overflow in definition.EscalationSteps.Select(step => step.OverflowQueueId).OfType<string>().Where(id => id != queueId))
        {
            if (await tenant.GetQueue(overflow) is null)
            {
                throw new RequestValidationException(new Dictionary<string, string[]> { ["escalationSteps"] = [$"overflow queue '{overflow}' does not exist; create it first."] });
            }
        }

        await tenant.UpsertQueue(definition);
        return TypedResults.Ok(QueueDto.From(definition));
    }

    private static async Task<Ok<IReadOnlyList<QueueDto>>> ListQueuesAsync(string tenantId, IGrainFactory grains)
    {
        var tenant = await AdminTenantEndpoints.RequireTenantAsync(grains, tenantId);
        return TypedResults.Ok<IReadOnlyList<QueueDto>>([.. (await tenant.GetQueues()).Select(QueueDto.From)]);
    }

    private static async Task<Ok<QueueDto>> GetQueueAsync(string tenantId, string queueId, IGrainFactory grains)
    {
        var tenant = await AdminTenantEndpoints.RequireTenantAsync(grains, tenantId);
        var definition = await tenant.GetQueue(RequestRules.RequirePathId(queueId, "Queue")) ?? throw new KeyNotFoundException($"Queue '{queueId}' does not exist.");
        return TypedResults.Ok(QueueDto.From(definition));
    }

    private static async Task<Ok<UserDto>> PutUserAsync(string tenantId, string userId, UserRequest request, IGrainFactory grains, AgentService agents)
    {
        await AdminTenantEndpoints.RequireTenantAsync(grains, tenantId);
        var errors = new ValidationErrors()
            .Id(userId, "userId")
            .AddIf(request.Role is null or UserRole.None, "role", "role is required: agent or supervisor.")
            .Text(request.DisplayName, "displayName", 100, required: true)
            .AddIf(request.Password is null || request.Password.Length is < CredentialRules.MinPasswordLength or > CredentialRules.MaxPasswordLength, "password", $"password must be {CredentialRules.MinPasswordLength}-{CredentialRules.MaxPasswordLength} characters.")
            .AddIf(request.WrapUpSeconds is < 0 or > 1800, "wrapUpSeconds", "wrapUpSeconds must be 0-1,800.");
        AgentProfile? profile = null;
        if (request.Role == UserRole.Agent && request.DisplayName is not null)
        {
            profile = new AgentProfile
            {
                DisplayName = request.DisplayName,
                Skills = request.Skills ?? new Dictionary<string, int>(),
                Capacity = request.Capacity ?? 3,
                Tier = request.Tier ?? AgentTier.Regular,
                WrapUpTime = TimeSpan.FromSeconds(request.WrapUpSeconds is >= 0 and <= 1800 ? request.WrapUpSeconds.Value : 30),
            };
            foreach (var (field, reason) in AgentProfileValidator.Validate(profile))
            {
                var name = char.ToLowerInvariant(field[0]) + field[1..];
                errors.Add(name, $"{name} {reason}.");
            }
        }

        errors.ThrowIfAny();
        var account = await grains.GetGrain<ITenantUserGrain>(Identifiers.Scoped(tenantId, userId)).SetCredentials(request.Role!.Value, request.DisplayName!, request.Password!);
        AgentDto? agent = null;
        if (profile is not null)
        {
            await grains.GetGrain<IAgentGrain>(Identifiers.Scoped(tenantId, userId)).Configure(profile);
            agent = await agents.GetAsync(tenantId, userId);
        }

        return TypedResults.Ok(new UserDto(tenantId, userId, account.Role, account.DisplayName, agent));
    }

    private static async Task<Ok<UserDto>> GetUserAsync(string tenantId, string userId, IGrainFactory grains)
    {
        await AdminTenantEndpoints.RequireTenantAsync(grains, tenantId);
        var account = await grains.GetGrain<ITenantUserGrain>(Identifiers.Scoped(tenantId, RequestRules.RequirePathId(userId, "User"))).GetAccount()
            ?? throw new KeyNotFoundException($"User '{userId}' does not exist.");
        var view = await grains.GetGrain<IAgentGrain>(Identifiers.Scoped(tenantId, userId)).GetView();
        return TypedResults.Ok(new UserDto(tenantId, userId, account.Role, account.DisplayName, view.Profile is null ? null : AgentDto.From(view)));
    }

    private static async Task<Ok<IReadOnlyList<AgentDto>>> ListAgentsAsync(string tenantId, IGrainFactory grains)
    {
        var tenant = await AdminTenantEndpoints.RequireTenantAsync(grains, tenantId);
        var views = await Task.WhenAll((await tenant.GetAgentIds()).Select(agentId => grains.GetGrain<IAgentGrain>(Identifiers.Scoped(tenantId, agentId)).GetView()));
        return TypedResults.Ok<IReadOnlyList<AgentDto>>([.. views.Select(AgentDto.From)]);
    }
}
