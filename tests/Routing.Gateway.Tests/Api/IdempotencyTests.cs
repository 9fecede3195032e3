using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Routing.Gateway.Tests.Infrastructure;

namespace Routing.Gateway.Tests.Api;

/// <summary>Retried creations and sends with an <c>Idempotency-Key</c> return the original result and create nothing twice.</summary>
public sealed class IdempotencyTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private GatewayFactory Factory => fixture.Factory;

    [Fact]
    public async Task Start_RetriedWithSameKey_ReturnsTheSameConversationOnce()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();

        var first = await StartAsync(channel, "retry-1", "c1", "第一条消息");
        var retry = await StartAsync(channel, "retry-1", "c1", "第一条消息");

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.Created, retry.Status);
        Assert.Equal(first.Id, retry.Id);
        Assert.Equal(1, retry.Body.GetProperty("conversation").GetProperty("transcript").GetArrayLength());
        var profile = await Factory.Grains.GetGrain<Grains.Interfaces.Customers.ICustomerProfileGrain>($"{tenant.TenantId}/c1").GetProfile();
        Assert.Single(profile.RecentConversationIds);
    }

    [Fact]
    public async Task Start_DifferentKeys_CreateDifferentConversations()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();

        var first = await StartAsync(channel, "k-a", "c1", "hi");
        var second = await StartAsync(channel, "k-b", "c1", "hi");

        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task Start_SameKeyForAnotherCustomer_Is409()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        await StartAsync(channel, "shared-key", "c1", "hi");

        var clash = await StartAsync(channel, "shared-key", "c2", "hi");

        Assert.Equal(HttpStatusCode.Conflict, clash.Status);
    }

    [Fact]
    public async Task Start_SameKeyInAnotherTenant_IsIndependent()
    {
        var a = await TestTenant.CreateAsync(Factory);
        var b = await TestTenant.CreateAsync(Factory);
        using var channelA = a.Channel();
        using var channelB = b.Channel();

        var inA = await StartAsync(channelA, "same", "c1", "hi");
        var inB = await StartAsync(channelB, "same", "c2", "hi");

        Assert.Equal(HttpStatusCode.Created, inB.Status);
        Assert.Equal(a.TenantId, inA.Body.GetProperty("conversation").GetProperty("tenantId").GetString());
        Assert.Equal(b.TenantId, inB.Body.GetProperty("conversation").GetProperty("tenantId").GetString());
    }

    [Fact]
    public async Task SendMessage_RetriedWithSameKey_StoresItOnce()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        var (id, _) = await tenant.StartConversationAsync(channel);

        var first = await SendAsync(channel, id, "msg-1", "where is my order?");
        var retry = await SendAsync(channel, id, "msg-1", "where is my order?");

        Assert.Equal(first.GetProperty("message").GetProperty("sequence").GetInt32(), retry.GetProperty("message").GetProperty("sequence").GetInt32());
        Assert.Equal(first.GetProperty("message").GetProperty("at").GetString(), retry.GetProperty("message").GetProperty("at").GetString());
        var conversation = await channel.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{id}");
        Assert.Equal(2, conversation.GetProperty("transcript").GetArrayLength());
    }

    [Fact]
    public async Task AgentMessage_RetriedWithSameKey_StoresItOnce()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        using var agent = await tenant.AvailableAgentAsync("a1");
        var id = await tenant.QueueConversationAsync(channel);
        var (offerId, _) = (await TestTenant.OffersAsync(agent)).Single();
        (await TestTenant.Ok(agent.PostAsync(new Uri($"/api/v1/agent/offers/{offerId}/accept", UriKind.Relative), null))).Dispose();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/agent/conversations/{id}/messages") { Content = JsonContent.Create(new { text = "您好, 我是客服" }) };
            request.Headers.Add("Idempotency-Key", "agent-msg-1");
            (await TestTenant.Ok(agent.SendAsync(request))).Dispose();
        }

        var conversation = await channel.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{id}");
        Assert.Single(conversation.GetProperty("transcript").EnumerateArray(), entry => entry.GetProperty("sender").GetString() == "agent");
    }

    [Fact]
    public async Task IdempotencyKey_Invalid_Is400()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();

        var response = await StartAsync(channel, new string('k', 200), "c1", "hi");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.True(response.Body.GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
    }

    private static async Task<(HttpStatusCode Status, string? Id, JsonElement Body)> StartAsync(HttpClient channel, string key, string customerId, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/conversations") { Content = JsonContent.Create(new { customerId, channel = "appChat", firstMessage = text }) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await channel.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = response.IsSuccessStatusCode ? body.GetProperty("conversation").GetProperty("id").GetString() : null;
        return (response.StatusCode, id, body);
    }

    private static async Task<JsonElement> SendAsync(HttpClient channel, string conversationId, string key, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/conversations/{conversationId}/messages") { Content = JsonContent.Create(new { text }) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await TestTenant.Ok(channel.SendAsync(request));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
