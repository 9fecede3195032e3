namespace Routing.Runtime.Hosting;

/// <summary>
/// A component that must start before the silo accepts calls (for example a storage provider that creates its
/// schema). Participants below <see cref="SiloLifecycleStage.Runtime"/> (storage) stop after the last activation is
/// gone; the others stop before activations are deactivated.
/// </summary>
public interface ISiloLifecycleParticipant
{
    /// <summary>Start order: lower runs first; storage uses <see cref="SiloLifecycleStage.Storage"/>.</summary>
    int Stage { get; }

    /// <summary>Runs while the silo starts, before any grain call is accepted.</summary>
    Task OnStartAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs while the silo stops, in reverse stage order: at <see cref="SiloLifecycleStage.Runtime"/> and above before
    /// activations are deactivated (so reminders and the collector start nothing new), below it after they are gone
    /// (so OnDeactivateAsync can still write state).
    /// </summary>
    Task OnStopAsync(CancellationToken cancellationToken);
}
