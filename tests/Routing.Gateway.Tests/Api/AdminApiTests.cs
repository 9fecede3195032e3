using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Routing.Gateway.Tests.Infrastructure;

namespace Routing.Gateway.Tests.Api;

/// <summary>The admin side: tenants, API keys, queues, users and agents, and the live figures.</summary>
public sealed class AdminApiTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private GatewayFactory Factory => fixture.Factory;

    [Fact]
    public async Task Tenant_PutThenGet_ShowsSettingsAndKeyIdsOnly()
    {
        var tenant = await TestTenant.CreateAsync(Factory, rateLimitPerSecond: 250);
        using var admin = Factory.AdminClient();

        var body = await admin.GetStringAsync(new Uri($"/api/v1/admin/tenants/{tenant.TenantId}", UriKind.Relative));

        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(250, json.GetProperty("rateLimitPerSecond").GetInt32());
        Assert.Equal(1, json.GetProperty("apiKeys").GetArrayLength());
        Assert.DoesNotContain(tenant.ApiKey, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_WrongOrMissingKey_Is401()
    {
        using var wrong = Factory.AdminClient("not-the-admin-key");
        using var anonymous = Factory.CreateClient();

        using var withWrong = await wrong.GetAsync(new Uri("/api/v1/admin/tenants/demo-shop", UriKind.Relative));
        using var withNone = await anonymous.GetAsync(new Uri("/api/v1/admin/tenants/demo-shop", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, withWrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withNone.StatusCode);
    }

    [Fact]
    public async Task ApiKey_Revoked_StopsWorking()
    {
        await using var factory = new GatewayFactory().With("Routing:Gateway:CredentialCacheDuration", "00:00:00");
        await factory.InitializeAsync();
        var tenant = await TestTenant.CreateAsync(factory);
        using var admin = factory.AdminClient();
        var keyId = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/tenants/{tenant.TenantId}")).GetProperty("apiKeys")[0].GetProperty("keyId").GetString();
        using var channel = tenant.Channel();
        Assert.Equal(HttpStatusCode.NotFound, (await channel.GetAsync(new Uri("/api/v1/conversations/x", UriKind.Relative))).StatusCode);

        using var revoked = await admin.DeleteAsync(new Uri($"/api/v1/admin/tenants/{tenant.TenantId}/api-keys/{keyId}", UriKind.Relative));
        using var revokedAgain = await admin.DeleteAsync(new Uri($"/api/v1/admin/tenants/{tenant.TenantId}/api-keys/{keyId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revokedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await channel.GetAsync(new Uri("/api/v1/conversations/x", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Queue_PutWithEscalationLadder_RoundTrips()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var admin = Factory.AdminClient();

        using var put = await admin.PutAsJsonAsync($"/api/v1/admin/tenants/{tenant.TenantId}/queues/vip", new
        {
            skill = "s",
            displayName = "VIP 专线",
            minProficiency = 4,
            strategy = "longestIdle",
            firstResponseTargetSeconds = 20,
            maxQueueLength = 50,
            escalationSteps = new object[]
            {
                new { afterSeconds = 30, action = "widenPool", minProficiency = 2 },
                new { afterSeconds = 60, action = "overflow", overflowQueueId = "q" },
            },
        });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var queue = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/tenants/{tenant.TenantId}/queues/vip");
        Assert.Equal("longestIdle", queue.GetProperty("strategy").GetString());
        Assert.Equal(20, queue.GetProperty("firstResponseTargetSeconds").GetDouble());
        Assert.Equal("overflow", queue.GetProperty("escalationSteps")[1].GetProperty("action").GetString());
        var all = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/tenants/{tenant.TenantId}/queues");
        Assert.Equal(["q", "vip"], all.EnumerateArray().Select(item => item.GetProperty("queueId").GetString()));
    }

    [Theory]
    [InlineData("""{"skill":"s","minProficiency":9}""", "minProficiency")]
    [InlineData("""{"skill":"bad skill"}""", "skill")]
    [InlineData("""{"skill":"s","offerTimeoutSeconds":0}""", "offerTimeoutSeconds")]
    [InlineData("""{"skill":"s","firstResponseTargetSeconds":1e300}""", "firstResponseTargetSeconds")]
    [InlineData("""{"skill":"s","escalationSteps":[{"afterSeconds":10,"action":"raisePriority"}]}""", "escalationSteps[0]")]
    [InlineData("""{"skill":"s","escalationSteps":[{"afterSeconds":10,"action":"overflow","overflowQueueId":"nowhere"}]}""", "escalationSteps")]
    [InlineData("""{"skill":"s","strategy":"random"}""", "strategy")]
    public async Task Queue_InvalidDefinition_Is400NamingTheField(string body, string field)
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var admin = Factory.AdminClient();

        using var response = await admin.PutAsync(new Uri($"/api/v1/admin/tenants/{tenant.TenantId}/queues/new-queue", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(errors.EnumerateObject(), error => error.Name.StartsWith(field, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Queue_UnknownTenant_Is404()
    {
        using var admin = Factory.AdminClient();

        using var response = await admin.PutAsJsonAsync("/api/v1/admin/tenants/no-such-tenant/queues/q", new { skill = "s" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task User_AgentWithSkills_IsConfiguredAndCanSignIn()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var admin = Factory.AdminClient();

        using var put = await admin.PutAsJsonAsync($"/api/v1/admin/tenants/{tenant.TenantId}/users/senior-1", new
        {
            role = "agent",
            password = "pass-1234",
            displayName = "资深 Senior",
            skills = new Dictionary<string, int> { ["s"] = 5 },
            capacity = 6,
            tier = "senior",
        });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var user = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(6, user.GetProperty("agent").GetProperty("capacity").GetInt32());
        await Factory.SignInAsync("senior-1", tenant.TenantId, "pass-1234");
        var agents = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/tenants/{tenant.TenantId}/agents");
        Assert.Contains(agents.EnumerateArray(), agent => agent.GetProperty("agentId").GetString() == "senior-1");
    }

    [Theory]
    [InlineData("""{"role":"agent","password":"pass-1234","displayName":"X"}""", "skills")]
    [InlineData("""{"role":"agent","password":"pass-1234","displayName":"X","skills":{"s":7}}""", "skills[s]")]
    [InlineData("""{"role":"agent","password":"pass-1234","displayName":"X","skills":{"s":3},"capacity":11}""", "capacity")]
    [InlineData("""{"role":"agent","password":"p","displayName":"X","skills":{"s":3}}""", "password")]
    [InlineData("""{"password":"pass-1234","displayName":"X"}""", "role")]
    public async Task User_Invalid_Is400NamingTheField(string body, string field)
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var admin = Factory.AdminClient();

        using var response = await admin.PutAsync(new Uri($"/api/v1/admin/tenants/{tenant.TenantId}/users/u1", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Stats_AfterAnAnswer_ShowServiceLevelAndAgentStates()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        using var agent = await tenant.AvailableAgentAsync("a1");
        await tenant.QueueConversationAsync(channel, "c1");
        await tenant.QueueConversationAsync(channel, "c2");
        await tenant.QueueConversationAsync(channel, "c3");
        var (offerId, _) = (await TestTenant.OffersAsync(agent)).First();
        (await TestTenant.Ok(agent.PostAsync(new Uri($"/api/v1/agent/offers/{offerId}/accept", UriKind.Relative), null))).Dispose();
        await Factory.WaitForQuiescenceAsync();
        using var supervisor = await tenant.UserAsync("boss");

        var stats = await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/supervisor/stats");

        var queue = stats.GetProperty("queues")[0];
        Assert.Equal(1, queue.GetProperty("waiting").GetInt32());
        Assert.Equal(1, queue.GetProperty("offered").GetInt32());
        Assert.Equal(1, queue.GetProperty("answered").GetInt64());
        Assert.Equal(1.0, queue.GetProperty("serviceLevel").GetDouble());
        Assert.Equal(1, stats.GetProperty("agentsByPresence").GetProperty("available").GetInt32());
        Assert.Equal(1, stats.GetProperty("agentsByPresence").GetProperty("offline").GetInt32());
        var a1 = stats.GetProperty("agents").EnumerateArray().Single(item => item.GetProperty("agentId").GetString() == "a1");
        Assert.Equal(1, a1.GetProperty("assignments").GetInt32());
        Assert.Equal(0, a1.GetProperty("freeSlots").GetInt32());
    }
}
