using System.Security.Cryptography;
using System.Text;

namespace Routing.Gateway.Services;

/// <summary>
/// Conversation ids. A creation with an <c>Idempotency-Key</c> derives its id from the key, so every retry (to any
/// gateway) names the same conversation grain, whose idempotent start then creates nothing twice.
/// </summary>
public static class ConversationIds
{
    /// <summary>A fresh id.</summary>
    public static string New() => "c" + Guid.NewGuid().ToString("N");

    /// <summary>The id for a creation retried under <paramref name="idempotencyKey"/> (unique within the tenant).</summary>
    public static string ForIdempotencyKey(string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        return "k" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..32];
    }
}
