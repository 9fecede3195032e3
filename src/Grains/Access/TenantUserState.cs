using Routing.Grains.Interfaces.Access;

namespace Routing.Grains.Access;

/// <summary>A persisted user: role, name and the salted password hash.</summary>
public sealed class TenantUserState
{
    public UserRole Role { get; set; }

    public string DisplayName { get; set; } = "";

    public byte[] Salt { get; set; } = [];

    public byte[] PasswordHash { get; set; } = [];

    public int Iterations { get; set; }
}
