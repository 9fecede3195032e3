namespace Routing.Runtime.Hosting;

/// <summary>
/// Well-known start stages for <see cref="ISiloLifecycleParticipant"/>. Stopping runs in reverse; stages from
/// <see cref="Runtime"/> up stop before activations are deactivated, lower stages after.
/// </summary>
public static class SiloLifecycleStage
{
    /// <summary>Storage providers: schema creation, connection pools.</summary>
    public const int Storage = 1000;

    /// <summary>The core runtime: catalog, activation collector.</summary>
    public const int Runtime = 2000;

    /// <summary>Services that call grains: the reminder service.</summary>
    public const int Services = 3000;
}
