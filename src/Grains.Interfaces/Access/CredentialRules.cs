namespace Routing.Grains.Interfaces.Access;

/// <summary>Limits on user credentials, shared by the user grain and the gateway's validation.</summary>
public static class CredentialRules
{
    /// <summary>The shortest accepted password.</summary>
    public const int MinPasswordLength = 4;

    /// <summary>The longest accepted password (bounds the hashing cost of a hostile request).</summary>
    public const int MaxPasswordLength = 256;
}
