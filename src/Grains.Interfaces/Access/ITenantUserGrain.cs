using Routing.Runtime;

namespace Routing.Grains.Interfaces.Access;

/// <summary>A tenant's user credentials (key <c>tenant/user</c>). Passwords are kept only as salted PBKDF2 hashes.</summary>
public interface ITenantUserGrain : IGrainWithStringKey
{
    /// <summary>Creates or replaces the user. Throws <see cref="ArgumentException"/> naming an invalid field.</summary>
    Task<UserAccount> SetCredentials(UserRole role, string displayName, string password);

    /// <summary>The account when the password matches, otherwise null (also for an unknown user).</summary>
    Task<UserAccount?> SignIn(string password);

    /// <summary>The account, or null when the user does not exist.</summary>
    [ReadOnly]
    Task<UserAccount?> GetAccount();
}
