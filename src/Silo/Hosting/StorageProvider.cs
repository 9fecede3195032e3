namespace Routing.Silo.Hosting;

/// <summary>Where the silo keeps grain state and reminders. Values are configuration strings: never rename.</summary>
public enum StorageProvider
{
    /// <summary>In process memory: the embedded default, lost on exit.</summary>
    Memory = 0,

    /// <summary>PostgreSQL, configured in <c>Routing:PostgreSql</c>.</summary>
    PostgreSql = 1,
}
