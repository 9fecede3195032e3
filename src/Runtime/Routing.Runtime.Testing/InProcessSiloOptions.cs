using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Routing.Runtime.Testing;

/// <summary>How an <see cref="InProcessSilo"/> is built.</summary>
public sealed class InProcessSiloOptions
{
    /// <summary>Assemblies whose grain classes the silo hosts.</summary>
    public List<Assembly> GrainAssemblies { get; } = [];

    /// <summary>The clock. Tests advance it; nothing in the silo sleeps on the wall clock.</summary>
    public FakeTimeProvider TimeProvider { get; set; } = new(new DateTimeOffset(2026, 11, 11, 0, 0, 0, TimeSpan.Zero));

    /// <summary>A PostgreSQL connection string for grain state, reminders and the event journal, or null for memory.</summary>
    public string? PostgreSqlConnectionString { get; set; }

    /// <summary>The service id; a fresh one per silo keeps tests sharing a database apart.</summary>
    public string ServiceId { get; set; } = "test-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Configuration values (for example <c>Routing:Messaging:CallTimeout</c>).</summary>
    public Dictionary<string, string?> Configuration { get; } = new(StringComparer.Ordinal);

    /// <summary>Extra service registrations, applied last.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }
}
