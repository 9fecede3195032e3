namespace Routing.Silo.Demo;

/// <summary>The demo tenant seeded for newcomers. Bound from the <c>Routing:Demo</c> section.</summary>
public sealed class DemoOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Routing:Demo";

    /// <summary>Seeds the demo tenant at start. Default: false; the embedded default's appsettings.json turns it on. Turn it off in production.</summary>
    public bool Enabled { get; set; }

    /// <summary>The demo tenant's id. Default: <c>demo-shop</c>.</summary>
    public string TenantId { get; set; } = "demo-shop";
}
