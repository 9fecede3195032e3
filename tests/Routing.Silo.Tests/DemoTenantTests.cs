using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Tenants;
using Routing.Runtime;
using Routing.Silo.Demo;

namespace Routing.Silo.Tests;

/// <summary>The embedded default seeds a demo tenant a newcomer can try; production turns it off.</summary>
public sealed class DemoTenantTests
{
    [Fact]
    public async Task EmbeddedDefault_SeedsDemoQueuesAndAgents()
    {
        await using var factory = new WebApplicationFactory<Program>();
        using var client = factory.CreateClient();
        await factory.Services.GetRequiredService<DemoSeeder>().Seeded.WaitAsync(TimeSpan.FromSeconds(30));
        var grains = factory.Services.GetRequiredService<IGrainFactory>();

        var queues = await grains.GetGrain<ITenantGrain>("demo-shop").GetQueues();
        Assert.Equal(["after-sales", "complaints", "logistics", "pre-sales"], queues.Select(queue => queue.QueueId));
        Assert.Contains(queues, queue => queue.DisplayName.Contains("售后", StringComparison.Ordinal));
        var senior = await grains.GetGrain<IAgentGrain>(Identifiers.Scoped("demo-shop", "liu-yang")).GetView();
        Assert.Equal(AgentTier.Senior, senior.Profile?.Tier);
        Assert.Equal(AgentPresence.Offline, senior.Presence);
    }

    [Fact]
    public async Task DemoDisabled_SeedsNothing()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseSetting("Routing:Demo:Enabled", "false"));
        using var client = factory.CreateClient();
        await factory.Services.GetRequiredService<DemoSeeder>().Seeded.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ITenantGrain>("demo-shop").GetQueues());
    }
}
