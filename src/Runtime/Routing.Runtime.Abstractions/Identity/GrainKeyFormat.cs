using System.Globalization;

namespace Routing.Runtime;

/// <summary>How Guid and integer grain keys are written as the string key inside a <see cref="GrainId"/>.</summary>
public static class GrainKeyFormat
{
    /// <summary>Writes a Guid key.</summary>
    public static string FromGuid(Guid key) => key.ToString("N", CultureInfo.InvariantCulture);

    /// <summary>Writes an integer key.</summary>
    public static string FromInt64(long key) => key.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads back a Guid key.</summary>
    public static Guid ToGuid(string key) => Guid.ParseExact(key, "N");

    /// <summary>Reads back an integer key.</summary>
    public static long ToInt64(string key) => long.Parse(key, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
