namespace Routing.Runtime.Hosting;

/// <summary>When idle activations are collected. Bound from the <c>Routing:Collection</c> section.</summary>
public sealed class GrainCollectionOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Routing:Collection";

    /// <summary>How long an activation may stay idle before it is collected. Default: 15 minutes; at least 1 second.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the collector looks for idle activations. Default: 1 minute; at least 100 ms.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Per grain type overrides of <see cref="CollectionAge"/>, keyed by grain type name. These win over a class's
    /// <see cref="CollectionAgeLimitAttribute"/>.
    /// </summary>
    public Dictionary<string, TimeSpan> ClassSpecificCollectionAge { get; set; } = new(StringComparer.Ordinal);
}
