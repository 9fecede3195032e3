using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Routing.Gateway.Tests.Infrastructure;

namespace Routing.Gateway.Tests.Api;

/// <summary>The agent side: presence, offers, messages, transfer, wrap-up and the agent's own conversations.</summary>
public sealed class AgentApiTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private GatewayFactory Factory => fixture.Factory;

    [Fact]
    public async Task Presence_SetAvailable_ShowsInMe()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var agent = await tenant.UserAsync("a1");

        using var response = await agent.PutAsJsonAsync("/api/v1/agent/presence", new { presence = "available" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("available", me.GetProperty("presence").GetString());
        Assert.Equal(2, me.GetProperty("capacity").GetInt32());
        Assert.Equal(2, me.GetProperty("freeSlots").GetInt32());
        Assert.Equal(3, me.GetProperty("skills").GetProperty("s").GetInt32());
    }

    [Theory]
    [InlineData("""{"presence":"notResponding"}""")]
    [InlineData("""{}""")]
    public async Task Presence_NotSettable_Is400(string body)
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var agent = await tenant.UserAsync("a1");

        using var response = await agent.PutAsync(new Uri("/api/v1/agent/presence", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Accept_OpenOffer_AssignsWithAgentNameAndListsIt()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        using var agent = await tenant.AvailableAgentAsync("a1");
        var id = await tenant.QueueConversationAsync(channel);
        var offers = await agent.GetFromJsonAsync<JsonElement>("/api/v1/agent/me");
        var offer = offers.GetProperty("offers")[0];
        Assert.Equal(id, offer.GetProperty("conversationId").GetString());
        Assert.Equal("hello", offer.GetProperty("transcript")[0].GetProperty("text").GetString());

        using var accepted = await agent.PostAsync(new Uri($"/api/v1/agent/offers/{offer.GetProperty("offerId").GetString()}/accept", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var conversation = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("assigned", conversation.GetProperty("status").GetString());
        Assert.Equal("Agent a1", conversation.GetProperty("agentDisplayName").GetString());
        var mine = await agent.GetFromJsonAsync<JsonElement>("/api/v1/agent/conversations");
        Assert.Equal(id, mine[0].GetProperty("id").GetString());
        var customerView = await channel.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{id}");
        Assert.Equal("Agent a1", customerView.GetProperty("agentDisplayName").GetString());
    }

    [Fact]
    public async Task Reject_OpenOffer_Is204AndOffersItToTheOtherAgent()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        using var a1 = await tenant.AvailableAgentAsync("a1");
        var id = await tenant.QueueConversationAsync(channel);
        var (offerId, _) = (await TestTenant.OffersAsync(a1)).Single();

        using var rejected = await a1.PostAsync(new Uri($"/api/v1/agent/offers/{offerId}/reject", UriKind.Relative), null);
        using var again = await a1.PostAsync(new Uri($"/api/v1/agent/offers/{offerId}/reject", UriKind.Relative), null);
        using var a2 = await tenant.AvailableAgentAsync("a2");

        Assert.Equal(HttpStatusCode.NoContent, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(id, (await TestTenant.OffersAsync(a2)).Single().ConversationId);
    }

    [Fact]
    public async Task Messages_BothWays_LandInOneTranscriptInOrder()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        using var agent = await tenant.AvailableAgentAsync("a1");
        var id = await tenant.QueueConversationAsync(channel);
        var (offerId, _) = (await TestTenant.OffersAsync(agent)).Single();
        (await TestTenant.Ok(agent.PostAsync(new Uri($"/api/v1/agent/offers/{offerId}/accept", UriKind.Relative), null))).Dispose();

        using var fromAgent = await agent.PostAsJsonAsync($"/api/v1/agent/conversations/{id}/messages", new { text = "您好, 请问有什么可以帮您?" });
        (await TestTenant.Ok(channel.PostAsJsonAsync($"/api/v1/conversations/{id}/messages", new { text = "我要退货" }))).Dispose();

        Assert.Equal(HttpStatusCode.Created, fromAgent.StatusCode);
        var conversation = await agent.GetFromJsonAsync<JsonElement>($"/api/v1/agent/conversations/{id}");
        var transcript = conversation.GetProperty("transcript").EnumerateArray().Select(entry => (entry.GetProperty("sender").GetString(), entry.GetProperty("text").GetString())).ToArray();
        Assert.Equal([("customer", "hello"), ("agent", "您好, 请问有什么可以帮您?"), ("customer", "我要退货")], transcript);
    }

    [Fact]
    public async Task Transfer_ToQueue_ReleasesTheAgentAndRequeues()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        using var agent = await tenant.AvailableAgentAsync("a1");
        var id = await tenant.QueueConversationAsync(channel);
        var (offerId, _) = (await TestTenant.OffersAsync(agent)).Single();
        (await TestTenant.Ok(agent.PostAsync(new Uri($"/api/v1/agent/offers/{offerId}/accept", UriKind.Relative), null))).Dispose();

        using var transferred = await agent.PostAsJsonAsync($"/api/v1/agent/conversations/{id}/transfer", new { agentId = "a2", note = "VIP, 退款已审核" });

        Assert.Equal(HttpStatusCode.OK, transferred.StatusCode);
        Assert.Equal("queued", (await transferred.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        using var a2 = await tenant.AvailableAgentAsync("a2");
        var me = await a2.GetFromJsonAsync<JsonElement>("/api/v1/agent/me");
        Assert.Equal("VIP, 退款已审核", me.GetProperty("offers")[0].GetProperty("transferNote").GetString());
    }

    [Theory]
    [InlineData("""{}""", "queueId")]
    [InlineData("""{"queueId":"q","agentId":"a2"}""", "queueId")]
    [InlineData("""{"agentId":"a1"}""", "agentId")]
    public async Task Transfer_InvalidTarget_Is400(string body, string field)
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var agent = await tenant.UserAsync("a1");

        using var response = await agent.PostAsync(new Uri("/api/v1/agent/conversations/any/transfer", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Close_WithWrapUpCode_StartsWrapUpAndKeepsTheCode()
    {
        var tenant = await TestTenant.CreateAsync(Factory, wrapUpSeconds: 60);
        using var channel = tenant.Channel();
        using var agent = await tenant.AvailableAgentAsync("a1");
        var id = await tenant.QueueConversationAsync(channel);
        var (offerId, _) = (await TestTenant.OffersAsync(agent)).Single();
        (await TestTenant.Ok(agent.PostAsync(new Uri($"/api/v1/agent/offers/{offerId}/accept", UriKind.Relative), null))).Dispose();

        using var closed = await agent.PostAsJsonAsync($"/api/v1/agent/conversations/{id}/close", new { wrapUpCode = "refund-issued" });
        using var messageAfter = await agent.PostAsJsonAsync($"/api/v1/agent/conversations/{id}/messages", new { text = "one more thing" });

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, messageAfter.StatusCode);
        var view = await Factory.Grains.GetGrain<Grains.Interfaces.Conversations.IConversationGrain>($"{tenant.TenantId}/{id}").GetView();
        Assert.Equal("refund-issued", view.WrapUpCode);
        Assert.Equal(Grains.Interfaces.Model.ConversationStatus.WrapUp, view.Status);
    }
}
