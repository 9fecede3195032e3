using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Routing.Gateway.Tests.Infrastructure;

namespace Routing.Gateway.Tests;

/// <summary>Sign-in, credentials and the problem-details answers of refused calls.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private readonly GatewayFactory _factory = new();

    public Task InitializeAsync() => _factory.InitializeAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task SignIn_DemoAgent_ReturnsBearerToken()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { tenantId = "demo-shop", userId = "li-na", password = "demo" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Bearer", body.RootElement.GetProperty("tokenType").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("accessToken").GetString()));
        Assert.True(body.RootElement.GetProperty("expiresIn").GetInt64() > 0);
    }

    [Theory]
    [InlineData("demo-shop", "li-na", "wrong")]
    [InlineData("demo-shop", "nobody", "demo")]
    [InlineData("other-shop", "li-na", "demo")]
    public async Task SignIn_WrongCredentials_Is401ProblemWithoutSayingWhich(string tenantId, string userId, string password)
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { tenantId, userId, password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("tenant, user or password", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_InvalidFields_Is400NamingEachField()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { tenantId = "bad tenant!", userId = "", password = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = body.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("tenantId", out _));
        Assert.True(errors.TryGetProperty("userId", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Health_LiveAndReady_AreHealthy()
    {
        using var client = _factory.CreateClient();

        Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/health/live", UriKind.Relative)));
        Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative)));
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheApi()
    {
        using var client = _factory.CreateClient();

        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("/api/v1/auth/token", document, StringComparison.Ordinal);
    }
}
