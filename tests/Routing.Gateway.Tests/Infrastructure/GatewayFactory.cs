using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Routing.Gateway.Authentication;
using Routing.Runtime;
using Routing.Runtime.Diagnostics;
using Routing.Silo.Demo;

namespace Routing.Gateway.Tests.Infrastructure;

/// <summary>
/// The silo process with its co-hosted gateway and the demo tenant, on a fake clock. By default requests go through
/// the in-memory test server; <see cref="StartKestrelAsync"/> switches to a real loopback port for WebSocket tests.
/// </summary>
public sealed class GatewayFactory : WebApplicationFactory<Program>
{
    /// <summary>The demo tenant.</summary>
    public const string Tenant = "demo-shop";

    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal)
    {
        ["Routing:Demo:Enabled"] = "true",
        ["Routing:Demo:TenantId"] = Tenant,
        // Events go to the journal at once, so tests can read them without advancing the clock.
        ["Routing:Conversations:EventFlushDelay"] = "00:00:00",
    };

    /// <summary>Every log line the server wrote, at every level.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>The silo's clock: advance it to expire offers and tokens.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Overrides a setting before the server starts.</summary>
    public GatewayFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>The runtime's grain factory, to arrange or inspect state directly.</summary>
    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>Starts the server (if needed) and waits until the demo tenant is seeded.</summary>
    public async Task InitializeAsync()
    {
        _ = Server;
        await Services.GetRequiredService<DemoSeeder>().Seeded.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Waits until no grain has work in flight (pushes delivered, timers' turns done).</summary>
    public Task WaitForQuiescenceAsync() => Services.GetRequiredService<ActivityTracker>().WaitForIdleAsync(TimeSpan.FromSeconds(10));

    /// <summary>Switches to Kestrel on a free loopback port, starts, and returns the base address (http://127.0.0.1:port).</summary>
    public async Task<Uri> StartKestrelAsync()
    {
        UseKestrel(0);
        StartServer();
        await InitializeAsync();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>A client of the demo channel frontend (its API key).</summary>
    public HttpClient ChannelClient(string apiKey = DemoTenant.ApiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(GatewaySchemes.ApiKeyHeader, apiKey);
        return client;
    }

    /// <summary>A client of the administrator.</summary>
    public HttpClient AdminClient(string adminKey = DemoTenant.AdminKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(GatewaySchemes.AdminKeyHeader, adminKey);
        return client;
    }

    /// <summary>Signs a demo user in and returns the token.</summary>
    public async Task<string> SignInAsync(string userId, string tenantId = Tenant, string password = DemoTenant.Password)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { tenantId, userId, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<AccessTokenResponse>();
        return token!.AccessToken;
    }

    /// <summary>A client signed in as a demo agent or supervisor.</summary>
    public async Task<HttpClient> UserClientAsync(string userId, string tenantId = Tenant)
    {
        var token = await SignInAsync(userId, tenantId);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ActivityTracker>();
        });
    }
}
