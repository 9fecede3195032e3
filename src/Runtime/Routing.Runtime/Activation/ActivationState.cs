namespace Routing.Runtime.Activation;

/// <summary>The lifecycle of one activation.</summary>
internal enum ActivationState
{
    /// <summary>Registering, loading state and running OnActivateAsync; calls queue.</summary>
    Activating = 1,

    /// <summary>Serving calls.</summary>
    Valid = 2,

    /// <summary>Running OnDeactivateAsync and unregistering; calls queue and are forwarded to the next activation.</summary>
    Deactivating = 3,

    /// <summary>Gone: a call that still reaches it is routed again.</summary>
    Invalid = 4,
}
