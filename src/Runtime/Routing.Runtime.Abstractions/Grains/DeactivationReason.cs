namespace Routing.Runtime;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReasonCode
{
    /// <summary>No reason was given.</summary>
    None = 0,

    /// <summary>The activation was idle for longer than its collection age.</summary>
    IdleCollection = 1,

    /// <summary>The grain asked for it with <see cref="Grain.DeactivateOnIdle"/>.</summary>
    ApplicationRequested = 2,

    /// <summary>The silo is shutting down.</summary>
    ShuttingDown = 3,

    /// <summary>Activation failed.</summary>
    ActivationFailed = 4,
}

/// <summary>Why an activation is being deactivated, with a human-readable description.</summary>
/// <param name="Code">The reason.</param>
/// <param name="Description">A description for logs.</param>
public sealed record DeactivationReason(DeactivationReasonCode Code, string Description);
