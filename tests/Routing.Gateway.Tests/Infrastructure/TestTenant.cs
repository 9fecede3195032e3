using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Routing.Gateway.Tests.Infrastructure;

/// <summary>
/// A fresh tenant made through the admin API, so each test owns its queues, agents and conversations even when tests
/// share one server: one queue <c>q</c> (skill <c>s</c>) and agents <c>a1</c>, <c>a2</c> with capacity 2, plus a
/// supervisor <c>boss</c>. Every user's password is <see cref="Password"/>.
/// </summary>
public sealed class TestTenant
{
    public const string Password = "secret-pass";

    private readonly GatewayFactory _factory;

    private TestTenant(GatewayFactory factory, string tenantId, string apiKey)
    {
        _factory = factory;
        TenantId = tenantId;
        ApiKey = apiKey;
    }

    public string TenantId { get; }

    public string ApiKey { get; }

    /// <summary>Creates the tenant, its API key, queue, agents and supervisor.</summary>
    public static async Task<TestTenant> CreateAsync(GatewayFactory factory, int rateLimitPerSecond = 10_000, int offerTimeoutSeconds = 20, int wrapUpSeconds = 0)
    {
        var tenantId = "t-" + Guid.NewGuid().ToString("N")[..10];
        using var admin = factory.AdminClient();
        await Ok(admin.PutAsJsonAsync($"/api/v1/admin/tenants/{tenantId}", new { displayName = "Shop " + tenantId, rateLimitPerSecond }));
        using var keyResponse = await Ok(admin.PostAsync(new Uri($"/api/v1/admin/tenants/{tenantId}/api-keys", UriKind.Relative), null));
        var apiKey = (await keyResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("apiKey").GetString()!;
        await Ok(admin.PutAsJsonAsync($"/api/v1/admin/tenants/{tenantId}/queues/q", new { skill = "s", displayName = "Queue Q", offerTimeoutSeconds, firstResponseTargetSeconds = 60 }));
        foreach (var agent in new[] { "a1", "a2" })
        {
            await Ok(admin.PutAsJsonAsync($"/api/v1/admin/tenants/{tenantId}/users/{agent}", new
            {
                role = "agent",
                password = Password,
                displayName = "Agent " + agent,
                skills = new Dictionary<string, int> { ["s"] = 3 },
                capacity = 2,
                wrapUpSeconds,
            }));
        }

        await Ok(admin.PutAsJsonAsync($"/api/v1/admin/tenants/{tenantId}/users/boss", new { role = "supervisor", password = Password, displayName = "Boss" }));
        return new TestTenant(factory, tenantId, apiKey);
    }

    /// <summary>A channel client with this tenant's API key.</summary>
    public HttpClient Channel() => _factory.ChannelClient(ApiKey);

    /// <summary>A bearer token of one of this tenant's users.</summary>
    public Task<string> SignInAsync(string userId) => _factory.SignInAsync(userId, TenantId, Password);

    /// <summary>A client signed in as one of this tenant's users.</summary>
    public async Task<HttpClient> UserAsync(string userId)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsync(userId));
        return client;
    }

    /// <summary>Starts a conversation and returns its id and customer token.</summary>
    public async Task<(string Id, string CustomerToken)> StartConversationAsync(HttpClient channel, string customerId = "cust-1", string? firstMessage = "hello")
    {
        using var response = await Ok(channel.PostAsJsonAsync("/api/v1/conversations", new { customerId, channel = "webChat", firstMessage }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("conversation").GetProperty("id").GetString()!, body.GetProperty("customerToken").GetString()!);
    }

    /// <summary>Starts a conversation, hands it to queue q, and waits until the routing settled.</summary>
    public async Task<string> QueueConversationAsync(HttpClient channel, string customerId = "cust-1")
    {
        var (id, _) = await StartConversationAsync(channel, customerId);
        (await Ok(channel.PostAsJsonAsync($"/api/v1/conversations/{id}/handoff", new { queueId = "q" }))).Dispose();
        await _factory.WaitForQuiescenceAsync();
        return id;
    }

    /// <summary>Signs the agent in, makes it available, and returns its client.</summary>
    public async Task<HttpClient> AvailableAgentAsync(string agentId)
    {
        var client = await UserAsync(agentId);
        (await Ok(client.PutAsJsonAsync("/api/v1/agent/presence", new { presence = "available" }))).Dispose();
        await _factory.WaitForQuiescenceAsync();
        return client;
    }

    /// <summary>The agent's open offer ids.</summary>
    public static async Task<IReadOnlyList<(string OfferId, string ConversationId)>> OffersAsync(HttpClient agent)
    {
        var me = await agent.GetFromJsonAsync<JsonElement>("/api/v1/agent/me");
        return [.. me.GetProperty("offers").EnumerateArray().Select(offer => (offer.GetProperty("offerId").GetString()!, offer.GetProperty("conversationId").GetString()!))];
    }

    /// <summary>Awaits the response and fails with its body unless it succeeded.</summary>
    public static async Task<HttpResponseMessage> Ok(Task<HttpResponseMessage> request)
    {
        var response = await request;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return response;
    }
}
