using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Routing.Runtime.Activation;
using Routing.Runtime.Logging;
using Routing.Runtime.Placement;

namespace Routing.Runtime.Hosting;

/// <summary>
/// Starts the silo's participants in stage order (storage, runtime, services). Stopping refuses new activations,
/// stops the services and runtime participants (reminders, the collector), deactivates every activation gracefully
/// so that OnDeactivateAsync runs, and stops the storage participants last, so that state can still be written.
/// </summary>
internal sealed class SiloHostedService(
    IEnumerable<ISiloLifecycleParticipant> participants,
    Catalog catalog,
    LocalSilo localSilo,
    IOptions<SiloOptions> siloOptions,
    ILogger<SiloHostedService> logger) : IHostedService
{
    /// <summary>
    /// Once the catalog refuses new activations one round empties it; the bound only keeps a future bug from turning
    /// shutdown into an endless loop.
    /// </summary>
    private const int MaxDeactivationRounds = 3;

    private readonly ISiloLifecycleParticipant[] _participants = [.. participants.OrderBy(participant => participant.Stage)];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var participant in _participants)
        {
            await participant.OnStartAsync(cancellationToken);
        }

        RuntimeLog.SiloStarted(logger, siloOptions.Value.SiloName, siloOptions.Value.ServiceId, localSilo.Address.ToString());
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // From here on a call to a grain that is not active fails at once instead of creating an activation that
        // nothing would deactivate; calls queued on a deactivating activation are forwarded and fail the same way.
        catalog.BeginStopping();

        // Reminders and the collector stop before deactivation: a reminder tick would call grains (and fail), and
        // the collector would start deactivations of its own.
        foreach (var participant in _participants.Where(participant => participant.Stage >= SiloLifecycleStage.Runtime).Reverse())
        {
            await participant.OnStopAsync(cancellationToken);
        }

        try
        {
            await DeactivateAllAsync(cancellationToken);
        }
        finally
        {
            // Also when the host's shutdown token fires mid-deactivation: storage still gets to flush or fail what is
            // queued (each participant decides what its cancelled token means) instead of being left running.
            foreach (var participant in _participants.Where(participant => participant.Stage < SiloLifecycleStage.Runtime).Reverse())
            {
                await participant.OnStopAsync(cancellationToken);
            }
        }
    }

    private async Task DeactivateAllAsync(CancellationToken cancellationToken)
    {
        var reason = new DeactivationReason(DeactivationReasonCode.ShuttingDown, "the silo is shutting down");
        for (var round = 0; round < MaxDeactivationRounds && catalog.Count > 0; round++)
        {
            var activations = catalog.Activations.ToArray();
            RuntimeLog.SiloStopping(logger, siloOptions.Value.SiloName, activations.Length);
            await Task.WhenAll(activations.Select(activation => activation.RequestDeactivation(reason))).WaitAsync(cancellationToken);
        }
    }
}
