using System.Security.Cryptography;
using System.Text;

namespace Routing.Grains.Interfaces.Access;

/// <summary>
/// API keys are stored and looked up by their SHA-256 only, so neither storage nor logs ever hold a usable key.
/// A plain hash is enough (no salt, no stretching): keys are 256-bit random values, not guessable passwords.
/// </summary>
public static class ApiKeyHash
{
    /// <summary>The lower-case hex SHA-256 of the key's UTF-8 bytes: the key of its <see cref="IApiKeyGrain"/>.</summary>
    public static string Of(string apiKey)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));
    }
}
