namespace Routing.Grains.Interfaces.Access;

/// <summary>What a signed-in user of a tenant may do.</summary>
public enum UserRole
{
    /// <summary>Unset; never valid.</summary>
    None = 0,

    /// <summary>Handles conversations: presence, offers, messages, transfer, wrap-up.</summary>
    Agent = 1,

    /// <summary>Watches the tenant's queues and agents.</summary>
    Supervisor = 2,
}
