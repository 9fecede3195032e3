using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Routing.Runtime.Hosting;
using Routing.Runtime.PostgreSql;
using Routing.Runtime.Reminders;
using Routing.Runtime.Storage;

namespace Routing.Runtime.Tests.Storage;

/// <summary>Registration only: nothing here opens a connection.</summary>
public sealed class PostgreSqlServiceCollectionExtensionsTests
{
    private const string ConnectionString = "Host=127.0.0.1;Database=routing;Username=routing";

    [Fact]
    public async Task AddPostgreSql_BothProvidersTwice_OneInstanceEachAcrossContractsAndOneDatabase()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IGrainStorage, MemoryGrainStorage>();
        services.AddSingleton<IReminderTable, InMemoryReminderTable>();

        services.AddPostgreSqlGrainStorage(configure: options => options.ConnectionString = ConnectionString);
        services.AddPostgreSqlGrainStorage();
        services.AddPostgreSqlReminderTable();
        await using var provider = services.BuildServiceProvider();

        var storage = Assert.IsType<PostgreSqlGrainStorage>(provider.GetRequiredService<IGrainStorage>());
        var reminders = Assert.IsType<PostgreSqlReminderTable>(provider.GetRequiredService<IReminderTable>());
        Assert.Single(provider.GetServices<IGrainStorage>());
        Assert.Single(provider.GetServices<IReminderTable>());
        var participants = provider.GetServices<ISiloLifecycleParticipant>().ToArray();
        Assert.Equal(2, participants.Length);
        Assert.Contains(storage, participants);
        Assert.Contains(reminders, participants);
        Assert.All(participants, participant => Assert.Equal(SiloLifecycleStage.Storage, participant.Stage));
    }

    [Fact]
    public async Task AddPostgreSqlEventJournal_AfterRuntimeDefaults_ReplacesTheMemoryJournal()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddRoutingRuntime(configuration: null, _ => { });
        var defaultParticipants = services.Count(descriptor => descriptor.ServiceType == typeof(ISiloLifecycleParticipant));

        services.AddPostgreSqlEventJournal(configure: options => options.ConnectionString = ConnectionString);
        services.AddPostgreSqlEventJournal();
        await using var provider = services.BuildServiceProvider();

        var journal = Assert.IsType<PostgreSqlEventJournal>(Assert.Single(provider.GetServices<IEventJournal>()));
        var participants = provider.GetServices<ISiloLifecycleParticipant>().ToArray();
        Assert.Equal(defaultParticipants + 1, participants.Length);
        Assert.Contains(journal, participants);
        Assert.Equal(SiloLifecycleStage.Storage, journal.Stage);
    }

    [Fact]
    public async Task Dispose_ProviderDisposedSynchronously_StopsTheStorage()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddPostgreSqlGrainStorage(configure: options => options.ConnectionString = ConnectionString);
        var provider = services.BuildServiceProvider();
        var storage = provider.GetRequiredService<IGrainStorage>();

        provider.Dispose();

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => storage.WriteAsync(new GrainId("di", "1"), "state", "{}"u8.ToArray(), null, CancellationToken.None));
    }

    [Fact]
    public void AddPostgreSqlGrainStorage_BindsTheRoutingPostgreSqlSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Routing:PostgreSql:ConnectionString"] = ConnectionString,
            ["Routing:PostgreSql:Schema"] = "routing_custom",
            ["Routing:PostgreSql:MaxBatchSize"] = "64",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);

        services.AddPostgreSqlGrainStorage(configure: options => options.MaxConcurrentBatches = 3);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<PostgreSqlStorageOptions>>().Value;
        Assert.Equal(ConnectionString, options.ConnectionString);
        Assert.Equal("routing_custom", options.Schema);
        Assert.Equal(64, options.MaxBatchSize);
        Assert.Equal(3, options.MaxConcurrentBatches);
    }

    [Fact]
    public async Task StartAsync_MissingConnectionString_FailsNamingTheKey()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddPostgreSqlReminderTable(builder.Configuration.GetSection(PostgreSqlStorageOptions.SectionName));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Routing:PostgreSql:ConnectionString is required", error.Message, StringComparison.Ordinal);
    }
}
