using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Routing.Runtime.Messaging;
using Routing.Runtime.Metadata;

namespace Routing.Runtime.Activation;

/// <summary>
/// The activations of this silo. The first message for a grain creates its activation; later messages find it
/// here without touching the directory. Once the silo is stopping, no activation is created: a message for a grain
/// that is not active fails at once.
/// </summary>
internal sealed class Catalog(IServiceProvider services, GrainTypeRegistry registry)
{
    private readonly ConcurrentDictionary<GrainId, ActivationData> _activations = new();
    private readonly Lock _creationLock = new();
    private ActivationServices? _runtime;
    private bool _stopping;

    public int Count => _activations.Count;

    public ICollection<ActivationData> Activations => _activations.Values;

    private ActivationServices Runtime => _runtime ??= services.GetRequiredService<ActivationServices>();

    /// <summary>
    /// Refuses every later activation. Once this returns, the catalog holds no activation that it did not hold
    /// already, so deactivating those leaves it empty.
    /// </summary>
    public void BeginStopping()
    {
        lock (_creationLock)
        {
            _stopping = true;
        }
    }

    public void Deliver(Message message)
    {
        while (true)
        {
            if (!_activations.TryGetValue(message.Target, out var activation) && !TryCreate(message, out activation))
            {
                return;
            }

            if (activation.TryAccept(message))
            {
                return;
            }

            // The activation we found is already gone; make sure it is out of the map and route again.
            _activations.TryRemove(KeyValuePair.Create(message.Target, activation));
        }
    }

    public void Remove(ActivationData activation) => _activations.TryRemove(KeyValuePair.Create(activation.GrainId, activation));

    /// <summary>
    /// Finds or creates the activation for the message's grain; false (with the message failed) when the silo is
    /// stopping. A stopping silo would never deactivate a new activation: it would outlive the silo's storage.
    /// </summary>
    private bool TryCreate(Message message, [NotNullWhen(true)] out ActivationData? activation)
    {
        ActivationData? created = null;
        lock (_creationLock)
        {
            // Checked under the lock BeginStopping takes, so no activation is added after stopping began.
            if (_stopping)
            {
                activation = null;
                Runtime.Client.Fail(message, new InvalidOperationException(
                    $"Call {message.Describe()} was refused: the silo is shutting down and activates no more grains."));
                return false;
            }

            if (!_activations.TryGetValue(message.Target, out activation))
            {
                activation = created = new ActivationData(message.Target, registry.GetClass(message.Target.Type), Runtime, this);
                _activations[message.Target] = created;
            }
        }

        created?.StartActivation();
        return true;
    }
}
