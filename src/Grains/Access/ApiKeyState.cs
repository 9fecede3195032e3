using Routing.Grains.Interfaces.Access;

namespace Routing.Grains.Access;

/// <summary>A persisted API key index entry.</summary>
public sealed class ApiKeyState
{
    /// <summary>The grant, or null when never granted or revoked.</summary>
    public ApiKeyGrant? Grant { get; set; }
}
