using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Routing.Runtime.Activation;
using Routing.Runtime.Logging;
using Routing.Runtime.Placement;

namespace Routing.Runtime.Hosting;

/// <summary>
/// Starts the silo's participants in stage order (storage, runtime, services) and stops them in reverse, after a
/// graceful deactivation of every activation so that OnDeactivateAsync runs and state can be written.
/// </summary>
internal sealed class SiloHostedService(
    IEnumerable<ISiloLifecycleParticipant> participants,
    Catalog catalog,
    LocalSilo localSilo,
    IOptions<SiloOptions> siloOptions,
    ILogger<SiloHostedService> logger) : IHostedService
{
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
        var activations = catalog.Activations.ToArray();
        RuntimeLog.SiloStopping(logger, siloOptions.Value.SiloName, activations.Length);
        var reason = new DeactivationReason(DeactivationReasonCode.ShuttingDown, "the silo is shutting down");
        await Task.WhenAll(activations.Select(activation => activation.RequestDeactivation(reason))).WaitAsync(cancellationToken);

        foreach (var participant in _participants.Reverse())
        {
            await participant.OnStopAsync(cancellationToken);
        }
    }
}
