using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Routing.Gateway.Tests.Infrastructure;

namespace Routing.Gateway.Tests.Api;

/// <summary>The channel side: start, read, message, hand off, close and rate a conversation with the tenant API key.</summary>
public sealed class ChannelApiTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private GatewayFactory Factory => fixture.Factory;

    [Fact]
    public async Task Start_ValidRequest_Is201InBotStageWithCustomerTokenAndLocation()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();

        using var response = await channel.PostAsJsonAsync("/api/v1/conversations", new
        {
            customerId = "buyer-7",
            channel = "weChat",
            firstMessage = "这件外套有XL吗?",
            orderId = "DD20261111001",
            tier = "vip",
            locale = "zh-CN",
            metadata = new Dictionary<string, string> { ["page"] = "item/123" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var conversation = body.GetProperty("conversation");
        var id = conversation.GetProperty("id").GetString();
        Assert.Equal($"/api/v1/conversations/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("botStage", conversation.GetProperty("status").GetString());
        Assert.Equal("vip", conversation.GetProperty("tier").GetString());
        Assert.Equal("weChat", conversation.GetProperty("channel").GetString());
        Assert.Equal("DD20261111001", conversation.GetProperty("orderId").GetString());
        Assert.Equal("这件外套有XL吗?", conversation.GetProperty("transcript")[0].GetProperty("text").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("customerToken").GetString()));
    }

    [Fact]
    public async Task Get_StartedConversation_ReturnsStateAndTranscript()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        var (id, _) = await tenant.StartConversationAsync(channel, firstMessage: "where is my parcel?");

        var conversation = await channel.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{id}");

        Assert.Equal(id, conversation.GetProperty("id").GetString());
        Assert.Equal(tenant.TenantId, conversation.GetProperty("tenantId").GetString());
        Assert.Equal("where is my parcel?", conversation.GetProperty("transcript")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task SendMessage_InBotStage_Is201WithTheStoredEntry()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        var (id, _) = await tenant.StartConversationAsync(channel);

        using var response = await channel.PostAsJsonAsync($"/api/v1/conversations/{id}/messages", new { text = "还在吗?" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, body.GetProperty("message").GetProperty("sequence").GetInt32());
        Assert.Equal("customer", body.GetProperty("message").GetProperty("sender").GetString());
        Assert.Equal("cust-1", body.GetProperty("message").GetProperty("senderId").GetString());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("replies").ValueKind);
    }

    [Fact]
    public async Task Handoff_NamedQueue_Is202QueuedWithPositionAndEstimate()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        var (id, _) = await tenant.StartConversationAsync(channel);

        using var response = await channel.PostAsJsonAsync($"/api/v1/conversations/{id}/handoff", new { queueId = "q", reason = "wants a person" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("queued", body.GetProperty("outcome").GetString());
        Assert.Equal("q", body.GetProperty("queueId").GetString());
        Assert.Equal(1, body.GetProperty("position").GetInt32());
        Assert.True(body.GetProperty("estimatedWaitSeconds").GetDouble() > 0);
        var conversation = await channel.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{id}");
        Assert.Equal("queued", conversation.GetProperty("status").GetString());
        Assert.Equal(1, conversation.GetProperty("queuePosition").GetInt32());
        Assert.Equal("wants a person", conversation.GetProperty("handoffReason").GetString());
    }

    [Fact]
    public async Task Handoff_NoQueueNamed_UsesTheTenantsQueue()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        var (id, _) = await tenant.StartConversationAsync(channel);

        using var response = await channel.PostAsync(new Uri($"/api/v1/conversations/{id}/handoff", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("q", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("queueId").GetString());
    }

    [Fact]
    public async Task Close_WhileQueued_AbandonsAndLeavesTheQueue()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        var id = await tenant.QueueConversationAsync(channel);

        using var response = await channel.PostAsync(new Uri($"/api/v1/conversations/{id}/close", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("abandoned", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        using var admin = Factory.AdminClient();
        var stats = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/tenants/{tenant.TenantId}/stats");
        Assert.Equal(0, stats.GetProperty("queues")[0].GetProperty("waiting").GetInt32());
        Assert.Equal(1, stats.GetProperty("queues")[0].GetProperty("abandoned").GetInt64());
    }

    [Fact]
    public async Task Satisfaction_AfterService_IsStoredOnce()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        using var agent = await tenant.AvailableAgentAsync("a1");
        var id = await tenant.QueueConversationAsync(channel);
        var (offerId, _) = (await TestTenant.OffersAsync(agent)).Single();
        (await TestTenant.Ok(agent.PostAsync(new Uri($"/api/v1/agent/offers/{offerId}/accept", UriKind.Relative), null))).Dispose();
        (await TestTenant.Ok(agent.PostAsJsonAsync($"/api/v1/agent/conversations/{id}/close", new { wrapUpCode = "answered" }))).Dispose();

        using var response = await channel.PostAsJsonAsync($"/api/v1/conversations/{id}/satisfaction", new { score = 5, comment = "很好 thanks" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rating = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("satisfaction");
        Assert.Equal(5, rating.GetProperty("score").GetInt32());
        Assert.Equal("很好 thanks", rating.GetProperty("comment").GetString());
    }

    [Fact]
    public async Task OpenApi_Document_ListsEveryApiArea()
    {
        using var client = Factory.CreateClient();

        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        foreach (var path in new[] { "/api/v1/conversations", "/api/v1/conversations/{conversationId}/handoff", "/api/v1/agent/offers/{offerId}/accept", "/api/v1/supervisor/stats", "/api/v1/admin/tenants/{tenantId}/queues/{queueId}" })
        {
            Assert.Contains(path, document, StringComparison.Ordinal);
        }
    }
}
