using Routing.Runtime.Metadata;
using Routing.Runtime.Observers;

namespace Routing.Runtime.Messaging;

/// <summary>The runtime's <see cref="IGrainFactory"/>.</summary>
internal sealed class GrainFactory(GrainTypeRegistry registry, RuntimeClient client, ObserverRegistry observers) : IGrainFactory
{
    public TGrainInterface GetGrain<TGrainInterface>(string key) where TGrainInterface : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(key);
        return CreateReference<TGrainInterface>(new GrainId(registry.GetGrainType(typeof(TGrainInterface)), key));
    }

    public TGrainInterface GetGrain<TGrainInterface>(Guid key) where TGrainInterface : IGrainWithGuidKey
        => CreateReference<TGrainInterface>(new GrainId(registry.GetGrainType(typeof(TGrainInterface)), GrainKeyFormat.FromGuid(key)));

    public TGrainInterface GetGrain<TGrainInterface>(long key) where TGrainInterface : IGrainWithIntegerKey
        => CreateReference<TGrainInterface>(new GrainId(registry.GetGrainType(typeof(TGrainInterface)), GrainKeyFormat.FromInt64(key)));

    public TGrainInterface GetGrain<TGrainInterface>(GrainId grainId) where TGrainInterface : IGrain
        => CreateReference<TGrainInterface>(grainId);

    public TObserver CreateObjectReference<TObserver>(TObserver observer) where TObserver : class, IGrainObserver
    {
        ArgumentNullException.ThrowIfNull(observer);
        return CreateReference<TObserver>(observers.Register(observer));
    }

    public void DeleteObjectReference<TObserver>(TObserver reference) where TObserver : class, IGrainObserver
    {
        if (reference is not IGrainReference { GrainId.Type: ObserverRegistry.ObserverGrainType } observerReference)
        {
            throw new ArgumentException("Not an observer reference created by CreateObjectReference.", nameof(reference));
        }

        observers.Unregister(observerReference.GrainId);
    }

    /// <summary>Creates a reference for an interface known only at run time (a reference read from a message).</summary>
    public object CreateReference(Type interfaceType, GrainId grainId)
    {
        var proxy = (GrainReferenceProxy)System.Reflection.DispatchProxy.Create(interfaceType, typeof(GrainReferenceProxy));
        proxy.Initialize(grainId, registry.GetInterface(interfaceType), client);
        return proxy;
    }

    private T CreateReference<T>(GrainId grainId) => (T)CreateReference(typeof(T), grainId);
}
