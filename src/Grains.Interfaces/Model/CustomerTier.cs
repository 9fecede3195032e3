namespace Routing.Grains.Interfaces.Model;

/// <summary>A customer's service tier. Stored and sent on the wire: never renumber.</summary>
public enum CustomerTier
{
    /// <summary>An ordinary customer.</summary>
    Regular = 1,

    /// <summary>A VIP customer: routed ahead of regular ones.</summary>
    Vip = 2,

    /// <summary>A top-tier VIP customer.</summary>
    Svip = 3,
}
