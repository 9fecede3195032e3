using System.Text.Json;

namespace Routing.Runtime.Messaging.Wire;

/// <summary>A grain call as it crosses a process boundary. Field names are the wire format: never rename.</summary>
/// <param name="CorrelationId">Matches the response to the caller's pending call on the sending silo.</param>
/// <param name="Kind">Request or one-way.</param>
/// <param name="Target">The grain.</param>
/// <param name="Interface">The grain interface's assembly-qualified name.</param>
/// <param name="MethodId">The method's index within the interface.</param>
/// <param name="Arguments">The arguments, each serialized as its declared parameter type.</param>
public sealed record WireRequest(long CorrelationId, MessageKind Kind, GrainId Target, string Interface, int MethodId, IReadOnlyList<JsonElement> Arguments);
