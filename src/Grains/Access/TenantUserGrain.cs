using System.Security.Cryptography;
using System.Text;
using Routing.Grains.Interfaces.Access;
using Routing.Grains.Interfaces.Model;
using Routing.Runtime;

namespace Routing.Grains.Access;

/// <summary>A tenant's user: role, display name and a salted PBKDF2-SHA256 password hash.</summary>
public sealed class TenantUserGrain([PersistentState("user")] IPersistentState<TenantUserState> store) : Grain, ITenantUserGrain
{
    // Low enough that a sign-in costs a few milliseconds on a shared 2-core machine; the hash still needs a salt and
    // stretching because people reuse passwords.
    private const int Iterations = 10_000;
    private const int HashLength = 32;

    public async Task<UserAccount> SetCredentials(UserRole role, string displayName, string password)
    {
        if (!Enum.IsDefined(role) || role == UserRole.None)
        {
            throw new ArgumentException("role must be 'agent' or 'supervisor'.", nameof(role));
        }

        if (string.IsNullOrWhiteSpace(displayName) || displayName.Length > 100)
        {
            throw new ArgumentException("displayName must be 1-100 characters.", nameof(displayName));
        }

        if (password is null || password.Length is < CredentialRules.MinPasswordLength or > CredentialRules.MaxPasswordLength)
        {
            throw new ArgumentException($"password must be {CredentialRules.MinPasswordLength}-{CredentialRules.MaxPasswordLength} characters.", nameof(password));
        }

        var salt = RandomNumberGenerator.GetBytes(16);
        store.State.Role = role;
        store.State.DisplayName = displayName;
        store.State.Salt = salt;
        store.State.Iterations = Iterations;
        store.State.PasswordHash = Hash(password, salt, Iterations);
        await store.WriteStateAsync();
        return Account()!;
    }

    public Task<UserAccount?> SignIn(string password)
    {
        var state = store.State;
        if (state.Role == UserRole.None || password is null || password.Length > CredentialRules.MaxPasswordLength)
        {
            return Task.FromResult<UserAccount?>(null);
        }

        var matches = CryptographicOperations.FixedTimeEquals(Hash(password, state.Salt, state.Iterations), state.PasswordHash);
        return Task.FromResult(matches ? Account() : null);
    }

    public Task<UserAccount?> GetAccount() => Task.FromResult(Account());

    private UserAccount? Account()
    {
        if (store.State.Role == UserRole.None)
        {
            return null;
        }

        var (tenantId, userId) = Identifiers.Split(GetPrimaryKeyString());
        return new UserAccount(tenantId, userId, store.State.Role, store.State.DisplayName);
    }

    private static byte[] Hash(string password, byte[] salt, int iterations)
        => Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashLength);
}
