using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Routing.Runtime.Hosting;
using Routing.Runtime.Logging;

namespace Routing.Runtime.Activation;

/// <summary>
/// Deactivates activations that stayed idle for their collection age, checking every collection quantum.
/// </summary>
internal sealed class ActivationCollector(Catalog catalog, TimeProvider timeProvider, IOptions<GrainCollectionOptions> options, ILogger<ActivationCollector> logger)
    : ISiloLifecycleParticipant, IDisposable
{
    private ITimer? _timer;

    public int Stage => SiloLifecycleStage.Runtime;

    public Task OnStartAsync(CancellationToken cancellationToken)
    {
        var quantum = options.Value.CollectionQuantum;
        _timer = timeProvider.CreateTimer(static self => ((ActivationCollector)self!).CollectIdle(), this, quantum, quantum);
        return Task.CompletedTask;
    }

    public Task OnStopAsync(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Starts deactivating every activation idle for at least its collection age; returns how many.</summary>
    public int CollectIdle()
    {
        var collected = 0;
        foreach (var activation in catalog.Activations)
        {
            if (activation.TryCollectIfIdle())
            {
                collected++;
            }
        }

        if (collected > 0)
        {
            RuntimeLog.IdleActivationsCollected(logger, collected);
        }

        return collected;
    }

    public void Dispose() => _timer?.Dispose();
}
