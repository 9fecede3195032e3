using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Routing.Runtime.Activation;
using Routing.Runtime.Journal;
using Routing.Runtime.Messaging;
using Routing.Runtime.Messaging.Wire;
using Routing.Runtime.Metadata;
using Routing.Runtime.Observers;
using Routing.Runtime.Placement;
using Routing.Runtime.Reminders;
using Routing.Runtime.Storage;

namespace Routing.Runtime.Hosting;

/// <summary>Adds the actor runtime (one silo) to a generic host.</summary>
public static class RoutingRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Adds a silo: the grain factory, scheduling, activation lifecycle, timers, reminders and observers. Storage and
    /// reminders default to memory; register a provider (for example PostgreSQL) to replace them. Options are bound
    /// from the <c>Routing:*</c> sections of <paramref name="configuration"/> and validated at startup.
    /// </summary>
    public static IServiceCollection AddRoutingRuntime(this IServiceCollection services, IConfiguration? configuration, Action<RoutingRuntimeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        var catalog = new GrainClassCatalog();
        configure(new RoutingRuntimeBuilder(services, catalog));

        services.AddOptionsWithSection<SiloOptions>(configuration, SiloOptions.SectionName).ValidateDataAnnotations();
        services.AddOptionsWithSection<MessagingOptions>(configuration, MessagingOptions.SectionName);
        services.AddOptionsWithSection<GrainCollectionOptions>(configuration, GrainCollectionOptions.SectionName);
        services.AddOptionsWithSection<ReminderOptions>(configuration, ReminderOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MessagingOptions>, MessagingOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GrainCollectionOptions>, GrainCollectionOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IGrainStorage, MemoryGrainStorage>();
        services.TryAddSingleton<IReminderTable, InMemoryReminderTable>();
        services.TryAddSingleton<IEventJournal, MemoryEventJournal>();
        services.TryAddSingleton<IGrainDirectory, LocalGrainDirectory>();
        services.TryAddSingleton<IPlacementDirector, LocalPlacementDirector>();

        services.AddSingleton(catalog);
        services.AddSingleton<GrainTypeRegistry>();
        services.AddSingleton<LocalSilo>();
        services.AddSingleton<IMessageTransport, LocalOnlyTransport>();
        services.AddSingleton<RuntimeClient>();
        services.AddSingleton<MessageRouter>();
        services.AddSingleton<Catalog>();
        services.AddSingleton<ObserverRegistry>();
        services.AddSingleton<IGrainFactory, GrainFactory>();
        services.AddSingleton<MessageCodec>();
        services.AddSingleton<ActivationServices>();
        services.AddSingleton<ActivationCollector>();
        services.AddSingleton<ISiloLifecycleParticipant>(provider => provider.GetRequiredService<ActivationCollector>());
        services.AddSingleton<ReminderService>();
        services.AddSingleton<ISiloLifecycleParticipant>(provider => provider.GetRequiredService<ReminderService>());
        services.AddHostedService<SiloHostedService>();
        return services;
    }

    private static OptionsBuilder<TOptions> AddOptionsWithSection<TOptions>(this IServiceCollection services, IConfiguration? configuration, string section)
        where TOptions : class
    {
        var builder = services.AddOptions<TOptions>();
        if (configuration is not null)
        {
            builder.Bind(configuration.GetSection(section));
        }

        return builder.ValidateOnStart();
    }
}
