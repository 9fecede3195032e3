using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Routing.Runtime.Diagnostics;
using Routing.Runtime.Hosting;
using Routing.Runtime.PostgreSql;

namespace Routing.Runtime.Testing;

/// <summary>
/// A silo running inside the test process, in the spirit of Orleans' TestingHost: the real runtime with a fake
/// clock, and memory or PostgreSQL storage. Dispose it to stop the silo gracefully.
/// </summary>
public sealed class InProcessSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private InProcessSilo(IHost host, InProcessSiloOptions options)
    {
        _host = host;
        Options = options;
    }

    /// <summary>The options the silo was built with.</summary>
    public InProcessSiloOptions Options { get; }

    /// <summary>The silo's grain factory.</summary>
    public IGrainFactory GrainFactory => _host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The silo's clock.</summary>
    public FakeTimeProvider TimeProvider => Options.TimeProvider;

    /// <summary>The silo's services.</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>Builds and starts a silo.</summary>
    public static async Task<InProcessSilo> StartAsync(Action<InProcessSiloOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        var options = new InProcessSiloOptions();
        configure?.Invoke(options);
        var host = Build(options);
        await host.StartAsync(cancellationToken);
        return new InProcessSilo(host, options);
    }

    /// <summary>Builds (without starting) a host for the options; startup validation runs on start.</summary>
    public static IHost Build(InProcessSiloOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(options.Configuration)
        {
            [$"{SiloOptions.SectionName}:ServiceId"] = options.ServiceId,
            [$"{SiloOptions.SectionName}:SiloName"] = "test-silo",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(options.TimeProvider);
        builder.Services.AddSingleton<ActivityTracker>();
        builder.Services.AddRoutingRuntime(builder.Configuration, runtime =>
        {
            foreach (var assembly in options.GrainAssemblies)
            {
                runtime.AddGrainsFromAssembly(assembly);
            }
        });

        if (options.PostgreSqlConnectionString is { } connectionString)
        {
            builder.Services.AddPostgreSqlGrainStorage(configure: storage => storage.ConnectionString = connectionString);
            builder.Services.AddPostgreSqlReminderTable(configure: storage => storage.ConnectionString = connectionString);
            builder.Services.AddPostgreSqlEventJournal(configure: storage => storage.ConnectionString = connectionString);
        }

        options.ConfigureServices?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>
    /// Waits until the silo has no work in hand: every message admitted so far, and everything it caused, has run.
    /// With the fake clock nothing starts by itself, so this is the point to check state after an operation.
    /// </summary>
    public Task WaitForQuiescenceAsync(TimeSpan timeout) => Services.GetRequiredService<ActivityTracker>().WaitForIdleAsync(timeout);

    /// <summary>Stops the silo gracefully: activations are deactivated, providers stopped.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default) => await _host.StopAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
