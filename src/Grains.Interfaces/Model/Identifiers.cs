using System.Text.RegularExpressions;

namespace Routing.Grains.Interfaces.Model;

/// <summary>The one rule for tenant, queue, agent, customer, conversation and skill ids.</summary>
public static partial class Identifiers
{
    /// <summary>The rule, for error messages.</summary>
    public const string Rule = "must be 1-64 characters: letters, digits, '-', '_' or '.'";

    /// <summary>True when <paramref name="value"/> is a valid id.</summary>
    public static bool IsValid(string? value) => value is not null && IdPattern().IsMatch(value);

    /// <summary>The grain key of a tenant-scoped entity: <c>tenant/id</c>.</summary>
    public static string Scoped(string tenantId, string id) => string.Concat(tenantId, "/", id);

    /// <summary>Splits a tenant-scoped grain key into tenant and id.</summary>
    public static (string TenantId, string Id) Split(string scopedKey)
    {
        ArgumentNullException.ThrowIfNull(scopedKey);
        var separator = scopedKey.IndexOf('/', StringComparison.Ordinal);
        if (separator <= 0 || separator == scopedKey.Length - 1)
        {
            throw new ArgumentException($"'{scopedKey}' is not a tenant-scoped key of the form tenant/id.", nameof(scopedKey));
        }

        return (scopedKey[..separator], scopedKey[(separator + 1)..]);
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
