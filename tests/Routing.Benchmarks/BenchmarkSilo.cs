using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Routing.Runtime;
using Routing.Runtime.Hosting;

namespace Routing.Benchmarks;

/// <summary>A silo on the real clock hosting the benchmark and routing grains, with logging quiet.</summary>
internal sealed class BenchmarkSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchmarkSilo(IHost host) => _host = host;

    public IGrainFactory GrainFactory => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    public static async Task<BenchmarkSilo> StartAsync(Action<IServiceCollection>? configureServices = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        // The benchmark grains and the routing grains, so every benchmark starts its silo the same way.
        builder.Services.AddRoutingRuntime(builder.Configuration, runtime => runtime
            .AddGrainsFromAssembly(typeof(BenchmarkSilo).Assembly)
            .AddGrainsFromAssembly(typeof(Routing.Grains.Tenants.TenantGrain).Assembly));
        configureServices?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new BenchmarkSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
