using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using Routing.Silo.Hosting;

namespace Routing.Silo.Tests;

/// <summary>The silo process as a newcomer runs it: embedded defaults, the gateway co-hosted.</summary>
public sealed class SiloHostTests
{
    [Fact]
    public async Task Root_EmbeddedDefault_DescribesService()
    {
        await using var factory = new WebApplicationFactory<Program>();
        using var client = factory.CreateClient();

        var description = await client.GetFromJsonAsync<DescriptionDto>("/");

        Assert.NotNull(description);
        Assert.Contains("routing", description.Name, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/health/ready", description.Links);
    }

    [Fact]
    public async Task Readiness_EmbeddedDefault_RoundTripsGrainCall()
    {
        await using var factory = new WebApplicationFactory<Program>();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Startup_UnknownStorageProvider_FailsNamingTheKey()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => BuildSilo("Routing:Storage:Provider", "Cassandra"));

        Assert.Contains("Routing:Storage:Provider", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_CallTimeoutOutOfRange_FailsNamingTheKey()
    {
        await using var app = BuildSilo("Routing:Messaging:CallTimeout", "00:00:00.001");

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Routing:Messaging:CallTimeout", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_PostgreSqlWithoutConnectionString_FailsNamingTheKey()
    {
        await using var app = BuildSilo("Routing:Storage:Provider", "PostgreSql");

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Routing:PostgreSql:ConnectionString", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The silo's own composition with one setting, built directly: WebApplicationFactory can report a failed start
    /// as an ObjectDisposedException, hiding the validation error these tests are about.
    /// </summary>
    private static WebApplication BuildSilo(string key, string value)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration[key] = value;
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        builder.AddRoutingSilo();
        return builder.Build();
    }

    private sealed record DescriptionDto(string Name, List<string> Links);
}
