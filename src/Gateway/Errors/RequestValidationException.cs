namespace Routing.Gateway.Errors;

/// <summary>
/// One or more fields of a request are invalid. REST answers 400 validation problem details with a message per field;
/// hubs answer a hub error naming the fields. Thrown by the gateway's services, which both share.
/// </summary>
public sealed class RequestValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RequestValidationException()
        : this(new Dictionary<string, string[]>())
    {
    }

    /// <summary>Creates the exception.</summary>
    public RequestValidationException(string message)
        : this(new Dictionary<string, string[]> { ["body"] = [message] })
    {
    }

    /// <summary>Creates the exception.</summary>
    public RequestValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]> { ["body"] = [message] };
    }

    /// <summary>Creates the exception from field → reasons.</summary>
    public RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Field (camelCase, as in the JSON body) → reasons.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    private static string Describe(IReadOnlyDictionary<string, string[]> errors)
        => string.Join(" ", errors.SelectMany(pair => pair.Value));
}
