namespace Routing.Runtime;

/// <summary>Overrides, for one grain class, how long an idle activation stays in memory before it is collected.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CollectionAgeLimitAttribute : Attribute
{
    /// <summary>The idle time after which the activation is collected, in minutes.</summary>
    public double Minutes { get; init; }

    /// <summary>The idle time as a <see cref="TimeSpan"/>.</summary>
    public TimeSpan AgeLimit => TimeSpan.FromMinutes(Minutes);
}
