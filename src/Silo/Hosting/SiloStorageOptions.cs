namespace Routing.Silo.Hosting;

/// <summary>The silo's choice of storage. Bound from the <c>Routing:Storage</c> section.</summary>
public sealed class SiloStorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Routing:Storage";

    /// <summary>
    /// The grain state and reminder store: <c>Memory</c> (default; no other service needed) or <c>PostgreSql</c>
    /// (then <c>Routing:PostgreSql:ConnectionString</c> is required).
    /// </summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Memory;
}
