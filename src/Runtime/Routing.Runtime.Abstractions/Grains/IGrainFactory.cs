namespace Routing.Runtime;

/// <summary>
/// Hands out typed references to grains. A reference can always be obtained: the grain is activated by the first call.
/// </summary>
public interface IGrainFactory
{
    /// <summary>Gets a reference to the grain with a string key.</summary>
    TGrainInterface GetGrain<TGrainInterface>(string key) where TGrainInterface : IGrainWithStringKey;

    /// <summary>Gets a reference to the grain with a Guid key.</summary>
    TGrainInterface GetGrain<TGrainInterface>(Guid key) where TGrainInterface : IGrainWithGuidKey;

    /// <summary>Gets a reference to the grain with an integer key.</summary>
    TGrainInterface GetGrain<TGrainInterface>(long key) where TGrainInterface : IGrainWithIntegerKey;

    /// <summary>Gets a reference from a raw grain id, for example one read back from storage.</summary>
    TGrainInterface GetGrain<TGrainInterface>(GrainId grainId) where TGrainInterface : IGrain;

    /// <summary>
    /// Wraps a local object as an observer reference that grains can store and call. The runtime holds the object
    /// only weakly: the caller keeps it alive for as long as it wants notifications.
    /// </summary>
    TObserver CreateObjectReference<TObserver>(TObserver observer) where TObserver : class, IGrainObserver;

    /// <summary>Stops routing calls to an observer created by <see cref="CreateObjectReference{TObserver}"/>.</summary>
    void DeleteObjectReference<TObserver>(TObserver reference) where TObserver : class, IGrainObserver;
}
