using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Routing.Grains.Interfaces.Access;
using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Tenants;
using Routing.Runtime;

namespace Routing.Silo.Demo;

/// <summary>
/// Seeds the demo tenant once the silo has started (queues first, then agents, so agents find their queues), and
/// prints what a newcomer can try. Seeding is idempotent: a restart on durable storage rewrites the same data.
/// </summary>
internal sealed partial class DemoSeeder(IGrainFactory grains, IOptions<DemoOptions> options, IHostApplicationLifetime lifetime, IServer server, ILogger<DemoSeeder> logger) : IHostedService
{
    private readonly TaskCompletionSource _seeded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when seeding finished (successfully or not), or at once when the demo is off.</summary>
    public Task Seeded => _seeded.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Enabled)
        {
            // After start: the silo must be serving calls, which it does once every hosted service has started.
            lifetime.ApplicationStarted.Register(() => _ = SeedAsync());
        }
        else
        {
            _seeded.TrySetResult();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAsync()
    {
        var tenantId = options.Value.TenantId;
        try
        {
            var tenant = grains.GetGrain<ITenantGrain>(tenantId);
            await tenant.Configure(new TenantSettings("Demo Shop 演示商城"));
            await tenant.RegisterApiKey(DemoTenant.ApiKey);
            foreach (var queue in DemoTenant.Queues)
            {
                await tenant.UpsertQueue(queue);
            }

            foreach (var (agentId, profile) in DemoTenant.Agents)
            {
                await grains.GetGrain<IAgentGrain>(Identifiers.Scoped(tenantId, agentId)).Configure(profile);
                await grains.GetGrain<ITenantUserGrain>(Identifiers.Scoped(tenantId, agentId)).SetCredentials(UserRole.Agent, profile.DisplayName, DemoTenant.Password);
            }

            await grains.GetGrain<ITenantUserGrain>(Identifiers.Scoped(tenantId, DemoTenant.SupervisorId)).SetCredentials(UserRole.Supervisor, "组长 Team lead", DemoTenant.Password);

            LogSeeded(logger, tenantId, DemoTenant.Queues.Count, DemoTenant.Agents.Count, string.Join(", ", DemoTenant.Agents.Keys));
            Console.WriteLine(DemoBanner.Text(tenantId, BaseUrl()));
        }
        catch (Exception exception)
        {
            LogSeedFailed(logger, exception, tenantId);
        }
        finally
        {
            _seeded.TrySetResult();
        }
    }

    // The first address the server listens on, as a browser or curl on this machine reaches it.
    private string BaseUrl()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
        return address.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal).TrimEnd('/');
    }

    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "Demo tenant '{TenantId}' seeded: {QueueCount} queues (pre-sales, after-sales, logistics, complaints), {AgentCount} agents ({AgentIds}). Turn it off with Routing:Demo:Enabled=false.")]
    private static partial void LogSeeded(ILogger logger, string tenantId, int queueCount, int agentCount, string agentIds);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "Seeding the demo tenant '{TenantId}' failed")]
    private static partial void LogSeedFailed(ILogger logger, Exception exception, string tenantId);
}
