using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Routing.Runtime.Hosting;
using Routing.Runtime.Reminders;
using Routing.Runtime.Storage;

namespace Routing.Runtime.PostgreSql;

/// <summary>Registers the PostgreSQL grain storage, reminder table and event journal.</summary>
/// <remarks>
/// The providers share one <see cref="PostgreSqlStorageOptions"/> (section <c>Routing:PostgreSql</c>), one
/// <see cref="PostgreSqlDatabase"/> (connection pool) and one schema. Each provider is one singleton, registered as
/// its contract and as an <see cref="ISiloLifecycleParticipant"/>, and replaces any earlier registration of that
/// contract (such as the in-memory default). Calling a method twice registers its provider once.
/// </remarks>
public static class PostgreSqlServiceCollectionExtensions
{
    /// <summary>Stores grain state in PostgreSQL.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The configuration to bind; null binds <c>Routing:PostgreSql</c> of the host's configuration.</param>
    /// <param name="configure">Changes applied after binding.</param>
    public static IServiceCollection AddPostgreSqlGrainStorage(this IServiceCollection services, IConfiguration? section = null, Action<PostgreSqlStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddDatabase(services, section, configure);
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(PostgreSqlGrainStorage)))
        {
            services.AddSingleton<PostgreSqlGrainStorage>();
            services.AddSingleton<ISiloLifecycleParticipant>(provider => provider.GetRequiredService<PostgreSqlGrainStorage>());
        }

        services.RemoveAll<IGrainStorage>();
        services.AddSingleton<IGrainStorage>(provider => provider.GetRequiredService<PostgreSqlGrainStorage>());
        return services;
    }

    /// <summary>Stores reminders in PostgreSQL.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The configuration to bind; null binds <c>Routing:PostgreSql</c> of the host's configuration.</param>
    /// <param name="configure">Changes applied after binding.</param>
    public static IServiceCollection AddPostgreSqlReminderTable(this IServiceCollection services, IConfiguration? section = null, Action<PostgreSqlStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddDatabase(services, section, configure);
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(PostgreSqlReminderTable)))
        {
            services.AddSingleton<PostgreSqlReminderTable>();
            services.AddSingleton<ISiloLifecycleParticipant>(provider => provider.GetRequiredService<PostgreSqlReminderTable>());
        }

        services.RemoveAll<IReminderTable>();
        services.AddSingleton<IReminderTable>(provider => provider.GetRequiredService<PostgreSqlReminderTable>());
        return services;
    }

    /// <summary>Stores the event journal in PostgreSQL.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The configuration to bind; null binds <c>Routing:PostgreSql</c> of the host's configuration.</param>
    /// <param name="configure">Changes applied after binding.</param>
    public static IServiceCollection AddPostgreSqlEventJournal(this IServiceCollection services, IConfiguration? section = null, Action<PostgreSqlStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddDatabase(services, section, configure);
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(PostgreSqlEventJournal)))
        {
            services.AddSingleton<PostgreSqlEventJournal>();
            services.AddSingleton<ISiloLifecycleParticipant>(provider => provider.GetRequiredService<PostgreSqlEventJournal>());
        }

        services.RemoveAll<IEventJournal>();
        services.AddSingleton<IEventJournal>(provider => provider.GetRequiredService<PostgreSqlEventJournal>());
        return services;
    }

    private static void AddDatabase(IServiceCollection services, IConfiguration? section, Action<PostgreSqlStorageOptions>? configure)
    {
        var options = services.AddOptions<PostgreSqlStorageOptions>();
        if (section is not null)
        {
            options.Bind(section);
        }
        else
        {
            // Resolved lazily and optional, so a container without IConfiguration (a test) can still configure in code.
            options.Configure<IServiceProvider>(static (settings, provider) =>
                provider.GetService<IConfiguration>()?.GetSection(PostgreSqlStorageOptions.SectionName).Bind(settings));
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgreSqlStorageOptions>, PostgreSqlStorageOptionsValidator>());
        services.AddOptions<SiloOptions>();
        services.TryAddSingleton<PostgreSqlDatabase>();
    }
}
