using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Routing.Runtime.Messaging;
using Routing.Runtime.Metadata;

namespace Routing.Runtime.Activation;

/// <summary>
/// The activations of this silo. The first message for a grain creates its activation; later messages find it
/// here without touching the directory.
/// </summary>
internal sealed class Catalog(IServiceProvider services, GrainTypeRegistry registry)
{
    private readonly ConcurrentDictionary<GrainId, ActivationData> _activations = new();
    private ActivationServices? _runtime;

    public int Count => _activations.Count;

    public ICollection<ActivationData> Activations => _activations.Values;

    private ActivationServices Runtime => _runtime ??= services.GetRequiredService<ActivationServices>();

    public void Deliver(Message message)
    {
        while (true)
        {
            if (!_activations.TryGetValue(message.Target, out var activation))
            {
                var created = new ActivationData(message.Target, registry.GetClass(message.Target.Type), Runtime, this);
                activation = _activations.GetOrAdd(message.Target, created);
                if (ReferenceEquals(activation, created))
                {
                    created.StartActivation();
                }
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

    public bool TryGet(GrainId grainId, out ActivationData? activation) => _activations.TryGetValue(grainId, out activation);
}
