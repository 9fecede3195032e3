using System.Text.Json;

namespace Routing.Runtime.Messaging.Wire;

/// <summary>The answer to a <see cref="WireRequest"/>: a result or an error. Field names are the wire format.</summary>
/// <param name="CorrelationId">The request's correlation id.</param>
/// <param name="Result">The result serialized as the method's declared result type; null for no value or an error.</param>
/// <param name="Error">The exception the grain threw, or null.</param>
public sealed record WireResponse(long CorrelationId, JsonElement? Result, WireError? Error);

/// <summary>An exception carried across the wire: its type and message, never its stack trace.</summary>
/// <param name="Type">The exception's assembly-qualified type name.</param>
/// <param name="Message">The exception's message.</param>
public sealed record WireError(string Type, string Message);
