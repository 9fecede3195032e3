using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Routing.Gateway.Tests.Infrastructure;

namespace Routing.Gateway.Tests.Api;

/// <summary>Every credential stays inside its tenant, and agents act only on their own offers and conversations.</summary>
public sealed class TenantIsolationTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private GatewayFactory Factory => fixture.Factory;

    [Fact]
    public async Task ChannelKey_OtherTenantsConversation_Is404ForEveryOperation()
    {
        var owner = await TestTenant.CreateAsync(Factory);
        var intruder = await TestTenant.CreateAsync(Factory);
        using var ownerChannel = owner.Channel();
        using var intruderChannel = intruder.Channel();
        var (id, _) = await owner.StartConversationAsync(ownerChannel, firstMessage: "my secret order question");

        using var read = await intruderChannel.GetAsync(new Uri($"/api/v1/conversations/{id}", UriKind.Relative));
        using var send = await intruderChannel.PostAsJsonAsync($"/api/v1/conversations/{id}/messages", new { text = "hijack" });
        using var handoff = await intruderChannel.PostAsync(new Uri($"/api/v1/conversations/{id}/handoff", UriKind.Relative), null);
        using var close = await intruderChannel.PostAsync(new Uri($"/api/v1/conversations/{id}/close", UriKind.Relative), null);
        using var rate = await intruderChannel.PostAsJsonAsync($"/api/v1/conversations/{id}/satisfaction", new { score = 1 });

        foreach (var response in new[] { read, send, handoff, close, rate })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("secret", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var untouched = await ownerChannel.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{id}");
        Assert.Equal("botStage", untouched.GetProperty("status").GetString());
        Assert.Equal(1, untouched.GetProperty("transcript").GetArrayLength());
    }

    [Fact]
    public async Task Agent_OtherAgentsOfferAndConversation_Is404()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        using var a1 = await tenant.AvailableAgentAsync("a1");
        using var a2 = await tenant.UserAsync("a2");
        var id = await tenant.QueueConversationAsync(channel);
        var (offerId, _) = (await TestTenant.OffersAsync(a1)).Single();

        using var stealOffer = await a2.PostAsync(new Uri($"/api/v1/agent/offers/{offerId}/accept", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, stealOffer.StatusCode);

        (await TestTenant.Ok(a1.PostAsync(new Uri($"/api/v1/agent/offers/{offerId}/accept", UriKind.Relative), null))).Dispose();
        using var read = await a2.GetAsync(new Uri($"/api/v1/agent/conversations/{id}", UriKind.Relative));
        using var send = await a2.PostAsJsonAsync($"/api/v1/agent/conversations/{id}/messages", new { text = "hello from the wrong agent" });
        using var close = await a2.PostAsync(new Uri($"/api/v1/agent/conversations/{id}/close", UriKind.Relative), null);
        using var transfer = await a2.PostAsJsonAsync($"/api/v1/agent/conversations/{id}/transfer", new { queueId = "q" });
        foreach (var response in new[] { read, send, close, transfer })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var conversation = await channel.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{id}");
        Assert.Equal("assigned", conversation.GetProperty("status").GetString());
        Assert.Equal("a1", conversation.GetProperty("agentId").GetString());
    }

    [Fact]
    public async Task AgentToken_OtherTenantsOffer_Is404()
    {
        var owner = await TestTenant.CreateAsync(Factory);
        var other = await TestTenant.CreateAsync(Factory);
        using var channel = owner.Channel();
        using var ownerAgent = await owner.AvailableAgentAsync("a1");
        using var otherAgent = await other.AvailableAgentAsync("a1");
        await owner.QueueConversationAsync(channel);
        var (offerId, _) = (await TestTenant.OffersAsync(ownerAgent)).Single();

        using var response = await otherAgent.PostAsync(new Uri($"/api/v1/agent/offers/{offerId}/accept", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(await TestTenant.OffersAsync(ownerAgent));
    }

    [Fact]
    public async Task Supervisor_SeesOnlyItsOwnTenant()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var supervisor = await tenant.UserAsync("boss");

        var stats = await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/supervisor/stats");

        Assert.Equal(tenant.TenantId, stats.GetProperty("tenantId").GetString());
        Assert.Equal(["q"], stats.GetProperty("queues").EnumerateArray().Select(queue => queue.GetProperty("queueId").GetString()));
        Assert.Equal(["a1", "a2"], stats.GetProperty("agents").EnumerateArray().Select(agent => agent.GetProperty("agentId").GetString()));
    }

    [Fact]
    public async Task WrongRoles_AreRefused()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var agent = await tenant.UserAsync("a1");
        using var supervisor = await tenant.UserAsync("boss");
        using var channel = tenant.Channel();

        using var agentOnSupervisor = await agent.GetAsync(new Uri("/api/v1/supervisor/stats", UriKind.Relative));
        using var supervisorOnAgent = await supervisor.GetAsync(new Uri("/api/v1/agent/me", UriKind.Relative));
        using var agentOnAdmin = await agent.GetAsync(new Uri($"/api/v1/admin/tenants/{tenant.TenantId}", UriKind.Relative));
        using var channelOnAgent = await channel.GetAsync(new Uri("/api/v1/agent/me", UriKind.Relative));
        using var agentOnChannel = await agent.PostAsJsonAsync("/api/v1/conversations", new { customerId = "c", channel = "webChat" });

        Assert.Equal(HttpStatusCode.Forbidden, agentOnSupervisor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, supervisorOnAgent.StatusCode);
        foreach (var response in new[] { agentOnAdmin, channelOnAgent, agentOnChannel })
        {
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task CustomerToken_IsNotAnAgentOrChannelCredential()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        var (id, customerToken) = await tenant.StartConversationAsync(channel);
        using var customer = Factory.CreateClient();
        customer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", customerToken);

        using var asAgent = await customer.GetAsync(new Uri("/api/v1/agent/me", UriKind.Relative));
        using var asChannel = await customer.GetAsync(new Uri($"/api/v1/conversations/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, asAgent.StatusCode);
        Assert.True(asChannel.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
    }
}
