using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

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
        Assert.Contains("/healthz/ready", description.Links);
    }

    [Fact]
    public async Task Readiness_EmbeddedDefault_RoundTripsGrainCall()
    {
        await using var factory = new WebApplicationFactory<Program>();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Startup_UnknownStorageProvider_FailsNamingTheKey()
    {
        using var factory = WithSetting("Routing:Storage:Provider", "Cassandra");

        var exception = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("Routing:Storage:Provider", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_CallTimeoutOutOfRange_FailsNamingTheKey()
    {
        await using var factory = WithSetting("Routing:Messaging:CallTimeout", "00:00:00.001");

        var exception = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Routing:Messaging:CallTimeout", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_PostgreSqlWithoutConnectionString_FailsNamingTheKey()
    {
        await using var factory = WithSetting("Routing:Storage:Provider", "PostgreSql");

        var exception = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Routing:PostgreSql:ConnectionString", exception.Message, StringComparison.Ordinal);
    }

    private static WebApplicationFactory<Program> WithSetting(string key, string value)
        => new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseSetting(key, value));

    private sealed record DescriptionDto(string Name, List<string> Links);
}
