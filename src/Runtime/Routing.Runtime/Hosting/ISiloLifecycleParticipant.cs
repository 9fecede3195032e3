namespace Routing.Runtime.Hosting;

/// <summary>
/// A component that must start before the silo accepts calls (for example a storage provider that creates its
/// schema) and stop after the last activation is gone.
/// </summary>
public interface ISiloLifecycleParticipant
{
    /// <summary>Start order: lower runs first; storage uses <see cref="SiloLifecycleStage.Storage"/>.</summary>
    int Stage { get; }

    /// <summary>Runs while the silo starts, before any grain call is accepted.</summary>
    Task OnStartAsync(CancellationToken cancellationToken);

    /// <summary>Runs while the silo stops, after activations were deactivated.</summary>
    Task OnStopAsync(CancellationToken cancellationToken);
}
