using Routing.Gateway;
using Microsoft.Extensions.Options;
using Routing.Grains.Conversations;
using Routing.Grains.Health;
using Routing.Silo.Demo;
using Routing.Runtime.Hosting;
using Routing.Runtime.PostgreSql;

namespace Routing.Silo.Hosting;

/// <summary>Composes the silo process: the runtime with the routing grains, its storage, and the co-hosted gateway.</summary>
public static class SiloHostingExtensions
{
    /// <summary>Adds the silo: runtime, routing grains and the configured storage provider.</summary>
    public static WebApplicationBuilder AddRoutingSilo(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var storage = ReadStorageOptions(builder.Configuration);

        builder.Services.AddRoutingRuntime(builder.Configuration, runtime => runtime.AddGrainsFromAssembly(typeof(HealthProbeGrain).Assembly));
        builder.Services.AddOptions<ConversationOptions>().Bind(builder.Configuration.GetSection(ConversationOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ConversationOptions>, ConversationOptionsValidator>();
        if (storage.Provider == StorageProvider.PostgreSql)
        {
            var section = builder.Configuration.GetSection("Routing:PostgreSql");
            builder.Services.AddPostgreSqlGrainStorage(section);
            builder.Services.AddPostgreSqlReminderTable(section);
            builder.Services.AddPostgreSqlEventJournal(section);
            builder.Services.AddHealthChecks().AddCheck<PostgreSqlReadinessCheck>("postgresql", tags: [GatewayServiceCollectionExtensions.ReadyTag]);
        }

        builder.Services.AddOptions<DemoOptions>().Bind(builder.Configuration.GetSection(DemoOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DemoOptions>, DemoOptionsValidator>();
        builder.Services.AddSingleton<DemoSeeder>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<DemoSeeder>());

        builder.Services.AddRoutingGateway(builder.Configuration);
        // The demo works out of the box with a known admin key; a production silo (demo off) has none unless configured.
        builder.Services.PostConfigure<GatewayOptions>(gateway =>
        {
            if (gateway.AdminKey is null && builder.Configuration.GetValue<bool>($"{DemoOptions.SectionName}:Enabled"))
            {
                gateway.AdminKey = DemoTenant.AdminKey;
            }
        });
        return builder;
    }

    // Read eagerly, not through IOptions: the provider decides which services exist, so a bad value must stop
    // startup before the container is built, naming the key.
    private static SiloStorageOptions ReadStorageOptions(IConfiguration configuration)
    {
        var raw = configuration[$"{SiloStorageOptions.SectionName}:Provider"];
        if (raw is null)
        {
            return new SiloStorageOptions();
        }

        if (!Enum.TryParse<StorageProvider>(raw, ignoreCase: true, out var provider) || !Enum.IsDefined(provider) || int.TryParse(raw, out _))
        {
            throw new InvalidOperationException($"{SiloStorageOptions.SectionName}:Provider is '{raw}'; it must be one of: {string.Join(", ", Enum.GetNames<StorageProvider>())}.");
        }

        return new SiloStorageOptions { Provider = provider };
    }
}
