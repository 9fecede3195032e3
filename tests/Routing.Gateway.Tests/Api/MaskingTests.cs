using System.Net.Http.Json;
using System.Text.Json;
using Routing.Gateway.Tests.Infrastructure;

namespace Routing.Gateway.Tests.Api;

/// <summary>Personal data in message text is masked before it is stored, returned, offered to agents or logged.</summary>
public sealed class MaskingTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const string Personal = "手机13812341234, 身份证11010519491231002X, 卡号6222021234567894, 邮箱 zhang.san@example.com, 寄到北京市朝阳区建国路88号";
    private static readonly string[] s_raw = ["13812341234", "11010519491231002X", "6222021234567894", "zhang.san@example.com", "建国路88号"];

    private GatewayFactory Factory => fixture.Factory;

    [Fact]
    public async Task PersonalData_InEveryMessageRoute_IsMaskedInAnswersTranscriptOffersAndLogs()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        using var agent = await tenant.AvailableAgentAsync("a1");

        using var started = await TestTenant.Ok(channel.PostAsJsonAsync("/api/v1/conversations", new { customerId = "privacy-1", channel = "appChat", firstMessage = Personal }));
        var startedText = await started.Content.ReadAsStringAsync();
        var id = JsonDocument.Parse(startedText).RootElement.GetProperty("conversation").GetProperty("id").GetString();
        using var sent = await TestTenant.Ok(channel.PostAsJsonAsync($"/api/v1/conversations/{id}/messages", new { text = Personal }));
        (await TestTenant.Ok(channel.PostAsJsonAsync($"/api/v1/conversations/{id}/handoff", new { queueId = "q" }))).Dispose();
        await Factory.WaitForQuiescenceAsync();
        var me = await agent.GetStringAsync(new Uri("/api/v1/agent/me", UriKind.Relative));
        var offerId = JsonDocument.Parse(me).RootElement.GetProperty("offers")[0].GetProperty("offerId").GetString();
        (await TestTenant.Ok(agent.PostAsync(new Uri($"/api/v1/agent/offers/{offerId}/accept", UriKind.Relative), null))).Dispose();
        using var agentSent = await TestTenant.Ok(agent.PostAsJsonAsync($"/api/v1/agent/conversations/{id}/messages", new { text = "已登记您的电话 13812341234" }));
        var conversation = await channel.GetStringAsync(new Uri($"/api/v1/conversations/{id}", UriKind.Relative));
        var stored = await Factory.Grains.GetGrain<Grains.Interfaces.Conversations.IConversationGrain>($"{tenant.TenantId}/{id}").GetView();
        await Factory.WaitForQuiescenceAsync();

        var everything = string.Join("\n", [startedText, await sent.Content.ReadAsStringAsync(), me, await agentSent.Content.ReadAsStringAsync(), conversation, JsonSerializer.Serialize(stored), .. Factory.Logs.Lines]);
        foreach (var raw in s_raw)
        {
            Assert.DoesNotContain(raw, everything, StringComparison.Ordinal);
        }

        Assert.Contains("138****1234", conversation, StringComparison.Ordinal);
        Assert.Contains("1101**********002X", conversation, StringComparison.Ordinal);
        Assert.Contains("6222********7894", conversation, StringComparison.Ordinal);
        Assert.Contains("z***@example.com", conversation, StringComparison.Ordinal);
        Assert.Contains("北京市朝阳区****", conversation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metadata_WithPersonalData_IsMaskedInTheContext()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();

        using var started = await TestTenant.Ok(channel.PostAsJsonAsync("/api/v1/conversations", new
        {
            customerId = "privacy-2",
            channel = "webChat",
            metadata = new Dictionary<string, string> { ["contact"] = "13912345678" },
        }));
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversation").GetProperty("id").GetString();

        var view = await Factory.Grains.GetGrain<Grains.Interfaces.Conversations.IConversationGrain>($"{tenant.TenantId}/{id}").GetView();
        Assert.Equal("139****5678", view.Context!.Metadata!["contact"]);
    }
}
