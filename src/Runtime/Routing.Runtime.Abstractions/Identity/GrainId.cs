using System.Diagnostics.CodeAnalysis;

namespace Routing.Runtime;

/// <summary>
/// The identity of a grain: its grain type plus its key. Grain ids are plain strings so that they serialize
/// unchanged into call messages, directory rows and storage keys once the runtime is clustered.
/// </summary>
/// <param name="Type">The grain type name, for example <c>conversation</c>.</param>
/// <param name="Key">The key within the type. Guid keys use the "N" format and integer keys their invariant decimal form.</param>
public readonly record struct GrainId(string Type, string Key)
{
    private const char Separator = '/';

    /// <summary>Formats the id as <c>type/key</c>, the form used in logs and messages.</summary>
    public override string ToString() => string.Concat(Type, "/", Key);

    /// <summary>Parses the <c>type/key</c> form produced by <see cref="ToString"/>.</summary>
    public static GrainId Parse(string value)
    {
        if (!TryParse(value, out var id))
        {
            throw new FormatException($"'{value}' is not a grain id of the form type/key.");
        }

        return id;
    }

    /// <summary>Tries to parse the <c>type/key</c> form produced by <see cref="ToString"/>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out GrainId id)
    {
        var separator = value?.IndexOf(Separator, StringComparison.Ordinal) ?? -1;
        if (value is null || separator <= 0)
        {
            id = default;
            return false;
        }

        id = new GrainId(value[..separator], value[(separator + 1)..]);
        return true;
    }
}
