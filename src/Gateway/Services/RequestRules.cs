using Routing.Gateway.Errors;
using Routing.Grains.Interfaces.Model;

namespace Routing.Gateway.Services;

/// <summary>The field rules shared by REST and hub requests, so both refuse the same input with the same words.</summary>
public static class RequestRules
{
    /// <summary>The longest message, in characters.</summary>
    public const int MaxMessageLength = 4000;

    /// <summary>The longest idempotency key.</summary>
    public const int MaxIdempotencyKeyLength = 128;

    /// <summary>Checks a message text: 1-4,000 characters, not only white space, no control characters but tab and line breaks.</summary>
    public static ValidationErrors MessageText(this ValidationErrors errors, string? text, string field = "text")
        => errors.Text(text, field, MaxMessageLength, required: true);

    /// <summary>Checks an optional or required free text of at most <paramref name="max"/> characters.</summary>
    public static ValidationErrors Text(this ValidationErrors errors, string? text, string field, int max, bool required)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (text is null)
        {
            return errors.AddIf(required, field, $"{field} is required.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return errors.Add(field, $"{field} must not be empty or only white space.");
        }

        if (text.Length > max)
        {
            return errors.Add(field, $"{field} is {text.Length} characters; the limit is {max}.");
        }

        return errors.AddIf(text.Any(character => char.IsControl(character) && character is not ('\n' or '\r' or '\t')), field, $"{field} must not contain control characters.");
    }

    /// <summary>Checks an id (tenant, customer, queue, agent, order, offer...).</summary>
    public static ValidationErrors Id(this ValidationErrors errors, string? value, string field, bool required = true)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is null)
        {
            return errors.AddIf(required, field, $"{field} is required.");
        }

        return errors.AddIf(!Identifiers.IsValid(value), field, $"{field} {Identifiers.Rule}.");
    }

    /// <summary>Checks an <c>Idempotency-Key</c>: 1-128 visible ASCII characters.</summary>
    public static ValidationErrors IdempotencyKey(this ValidationErrors errors, string? key, string field = "Idempotency-Key")
    {
        ArgumentNullException.ThrowIfNull(errors);
        return key is null
            ? errors
            : errors.AddIf(key.Length is 0 or > MaxIdempotencyKeyLength || key.Any(character => character is < '!' or > '~'), field, $"{field} must be 1-{MaxIdempotencyKeyLength} visible ASCII characters.");
    }

    /// <summary>Throws <see cref="KeyNotFoundException"/> (404) for a path id that cannot name anything.</summary>
    public static string RequirePathId(string? value, string what)
        => Identifiers.IsValid(value) ? value! : throw new KeyNotFoundException($"{what} '{Truncate(value)}' does not exist.");

    private static string Truncate(string? value) => value is null ? "" : value.Length <= 64 ? value : value[..64] + "…";
}
