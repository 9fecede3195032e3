namespace Routing.Runtime.PostgreSql;

/// <summary>
/// Settings of the PostgreSQL grain storage, reminder table and event journal, bound from the
/// <c>Routing:PostgreSql</c> section. The providers share these settings and one connection pool.
/// </summary>
public sealed class PostgreSqlStorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Routing:PostgreSql";

    /// <summary>The default <see cref="Schema"/>.</summary>
    public const string DefaultSchema = "routing";

    /// <summary>The default <see cref="MaxBatchSize"/>.</summary>
    public const int DefaultMaxBatchSize = 128;

    /// <summary>The default <see cref="MaxConcurrentBatches"/>.</summary>
    public const int DefaultMaxConcurrentBatches = 2;

    /// <summary>An Npgsql connection string, for example <c>Host=db;Database=routing;Username=routing</c>. Required.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The schema that holds the tables; created on silo start when missing. A lower-case SQL identifier:
    /// a letter or '_' followed by up to 62 letters, digits or '_'. Default: <c>routing</c>.
    /// </summary>
    public string Schema { get; set; } = DefaultSchema;

    /// <summary>
    /// The most state writes, clears and deletes sent in one round trip (one group commit). Range 1 to 1000. Default: 128.
    /// </summary>
    public int MaxBatchSize { get; set; } = DefaultMaxBatchSize;

    /// <summary>
    /// How many group commits may be in flight at once, each on its own connection. Range 1 to 16. Default: 2, so
    /// one batch is sent while the previous one waits for its commit. Measured on a 2-core machine: with 1000
    /// concurrent writers, 2 or 4 gave 1.2 to 1.6 times the writes per second of 1; with 100, all were within noise.
    /// </summary>
    public int MaxConcurrentBatches { get; set; } = DefaultMaxConcurrentBatches;

    /// <summary>
    /// The time a command may run before it is cancelled, rounded up to whole seconds; range 1 second to 1 hour.
    /// Default: null, which keeps the connection string's <c>Command Timeout</c> (Npgsql's default is 30 seconds).
    /// </summary>
    public TimeSpan? CommandTimeout { get; set; }
}
