using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Routing.Gateway.Tests.Infrastructure;

namespace Routing.Gateway.Tests.Api;

/// <summary>Every class of bad input gets a clear problem-details answer with the right status, and never a 500.</summary>
public sealed class BadInputTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private GatewayFactory Factory => fixture.Factory;

    [Theory]
    [InlineData("""{"channel":"webChat"}""", "customerId")]
    [InlineData("""{"customerId":"has space","channel":"webChat"}""", "customerId")]
    [InlineData("""{"customerId":"c1"}""", "channel")]
    [InlineData("""{"customerId":"c1","channel":"webChat","firstMessage":"   "}""", "firstMessage")]
    [InlineData("""{"customerId":"c1","channel":"webChat","orderId":"bad/order"}""", "orderId")]
    [InlineData("""{"customerId":"c1","channel":"fax"}""", "channel")]
    [InlineData("""{"customerId":"c1","channel":"webChat","tier":"platinum"}""", "tier")]
    [InlineData("""{"customerId":42,"channel":"webChat"}""", "customerId")]
    public async Task Start_InvalidField_Is400NamingTheField(string body, string field)
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();

        using var response = await channel.PostAsync(new Uri("/api/v1/conversations", UriKind.Relative), Json(body));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task SendMessage_OverTheLengthLimit_Is400OnText()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        var (id, _) = await tenant.StartConversationAsync(channel);

        using var response = await channel.PostAsJsonAsync($"/api/v1/conversations/{id}/messages", new { text = new string('字', 4001) });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "text");
    }

    [Fact]
    public async Task SendMessage_ControlCharacters_Is400OnText()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        var (id, _) = await tenant.StartConversationAsync(channel);

        using var response = await channel.PostAsJsonAsync($"/api/v1/conversations/{id}/messages", new { text = "hi\u0000there" });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "text");
    }

    [Fact]
    public async Task Start_MalformedJson_Is400ProblemWithoutStackTrace()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();

        using var response = await channel.PostAsync(new Uri("/api/v1/conversations", UriKind.Relative), Json("""{"customerId": "c1", """));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Start_WrongContentType_Is415()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();

        using var response = await channel.PostAsync(new Uri("/api/v1/conversations", UriKind.Relative), new StringContent("customerId=c1", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Start_OversizeBody_Is413()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        var huge = JsonSerializer.Serialize(new { customerId = "c1", channel = "webChat", firstMessage = new string('x', 70 * 1024) });

        using var response = await channel.PostAsync(new Uri("/api/v1/conversations", UriKind.Relative), Json(huge));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Get_UnknownConversation_Is404()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();

        using var response = await channel.GetAsync(new Uri("/api/v1/conversations/does-not-exist", UriKind.Relative));

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SendMessage_ClosedConversation_Is409()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        var (id, _) = await tenant.StartConversationAsync(channel);
        (await TestTenant.Ok(channel.PostAsync(new Uri($"/api/v1/conversations/{id}/close", UriKind.Relative), null))).Dispose();

        using var response = await channel.PostAsJsonAsync($"/api/v1/conversations/{id}/messages", new { text = "anyone?" });

        await AssertProblemAsync(response, HttpStatusCode.Conflict, detail: "abandoned");
    }

    [Fact]
    public async Task Accept_ExpiredOffer_Is409()
    {
        var tenant = await TestTenant.CreateAsync(Factory, offerTimeoutSeconds: 5);
        using var channel = tenant.Channel();
        using var agent = await tenant.AvailableAgentAsync("a1");
        await tenant.QueueConversationAsync(channel);
        var (offerId, _) = (await TestTenant.OffersAsync(agent)).Single();

        Factory.Clock.Advance(TimeSpan.FromSeconds(6));
        await Factory.WaitForQuiescenceAsync();
        using var response = await agent.PostAsync(new Uri($"/api/v1/agent/offers/{offerId}/accept", UriKind.Relative), null);

        await AssertProblemAsync(response, HttpStatusCode.Conflict, detail: "expired");
    }

    [Fact]
    public async Task Rate_Twice_Is409AndBeforeServiceIs409()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        var (id, _) = await tenant.StartConversationAsync(channel);

        using var early = await channel.PostAsJsonAsync($"/api/v1/conversations/{id}/satisfaction", new { score = 4 });
        await AssertProblemAsync(early, HttpStatusCode.Conflict);

        using var agent = await tenant.AvailableAgentAsync("a1");
        (await TestTenant.Ok(channel.PostAsJsonAsync($"/api/v1/conversations/{id}/handoff", new { queueId = "q" }))).Dispose();
        await Factory.WaitForQuiescenceAsync();
        var (offerId, _) = (await TestTenant.OffersAsync(agent)).Single();
        (await TestTenant.Ok(agent.PostAsync(new Uri($"/api/v1/agent/offers/{offerId}/accept", UriKind.Relative), null))).Dispose();
        (await TestTenant.Ok(agent.PostAsync(new Uri($"/api/v1/agent/conversations/{id}/close", UriKind.Relative), null))).Dispose();
        (await TestTenant.Ok(channel.PostAsJsonAsync($"/api/v1/conversations/{id}/satisfaction", new { score = 4 }))).Dispose();

        using var twice = await channel.PostAsJsonAsync($"/api/v1/conversations/{id}/satisfaction", new { score = 1 });
        await AssertProblemAsync(twice, HttpStatusCode.Conflict, detail: "already rated");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task Rate_ScoreOutOfRange_Is400OnScore(int score)
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        var (id, _) = await tenant.StartConversationAsync(channel);

        using var response = await channel.PostAsJsonAsync($"/api/v1/conversations/{id}/satisfaction", new { score });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "score");
    }

    [Fact]
    public async Task Channel_OverTheTenantsRateLimit_Is429WithRetryAfter()
    {
        var tenant = await TestTenant.CreateAsync(Factory, rateLimitPerSecond: 2);
        using var channel = tenant.Channel();

        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++)
        {
            statuses.Add(await channel.GetAsync(new Uri("/api/v1/conversations/none", UriKind.Relative)));
        }

        var refused = statuses.FirstOrDefault(response => response.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        await AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
        statuses.ForEach(response => response.Dispose());
    }

    [Fact]
    public async Task Api_WithoutCredential_Is401Problem()
    {
        using var anonymous = Factory.CreateClient();

        using var response = await anonymous.GetAsync(new Uri("/api/v1/conversations/x", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Api_Garbage_NeverAnswers500()
    {
        var tenant = await TestTenant.CreateAsync(Factory);
        using var channel = tenant.Channel();
        var (id, _) = await tenant.StartConversationAsync(channel);
        string[] bodies = ["", "null", "[]", "\"text\"", "{\"text\":null}", "{\"text\":{}}", "{\"score\":1e400}", "{\"queueId\":\"" + new string('q', 500) + "\"}", "\u0001\u0002", "{\"text\":\"\\ud800\"}"];
        string[] paths = ["/api/v1/conversations", $"/api/v1/conversations/{id}/messages", $"/api/v1/conversations/{id}/handoff", $"/api/v1/conversations/{id}/satisfaction", "/api/v1/conversations/a%20b/messages"];

        foreach (var path in paths)
        {
            foreach (var body in bodies)
            {
                using var response = await channel.PostAsync(new Uri(path, UriKind.Relative), Json(body));
                var text = await response.Content.ReadAsStringAsync();
                Assert.True((int)response.StatusCode < 500, $"POST {path} with {body} answered {(int)response.StatusCode}: {text}");
                Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            }
        }
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field = null, string? detail = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        using var problem = JsonDocument.Parse(text);
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        if (field is not null)
        {
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out var reasons), $"no error for '{field}' in {text}");
            Assert.NotEmpty(reasons.EnumerateArray());
        }

        if (detail is not null)
        {
            Assert.Contains(detail, problem.RootElement.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        }
    }
}
