using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Routing.Runtime.Metadata;

namespace Routing.Runtime.Messaging.Wire;

/// <summary>
/// Turns messages into bytes and back: what a cluster transport frames and sends. Arguments and results are written
/// as their declared types (so the receiver knows how to read them), references as grain ids, and exceptions as type
/// and message only: a stack trace never leaves its process.
/// </summary>
internal sealed class MessageCodec
{
    private readonly GrainTypeRegistry _registry;
    private readonly JsonSerializerOptions _options;
    private readonly ConcurrentDictionary<string, GrainInterfaceMetadata> _interfaces = new(StringComparer.Ordinal);

    public MessageCodec(GrainTypeRegistry registry, IServiceProvider services)
    {
        _registry = registry;
        _options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        _options.Converters.Add(new GrainReferenceJsonConverterFactory((GrainFactory)services.GetRequiredService<IGrainFactory>()));
    }

    public byte[] EncodeRequest(Message message)
    {
        var method = message.Method ?? throw new ArgumentException("Only calls can be encoded; timer ticks never leave their silo.", nameof(message));
        var arguments = new JsonElement[message.Arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = JsonSerializer.SerializeToElement(message.Arguments[i], method.ParameterTypes[i], _options);
        }

        var request = new WireRequest(message.CorrelationId, message.Kind, message.Target, method.InterfaceType.AssemblyQualifiedName!, method.MethodId, arguments);
        return JsonSerializer.SerializeToUtf8Bytes(request, _options);
    }

    /// <summary>Reads a request sent by another silo; the message has no local completion (its caller is remote).</summary>
    public Message DecodeRequest(ReadOnlySpan<byte> payload)
    {
        var request = JsonSerializer.Deserialize<WireRequest>(payload, _options) ?? throw new JsonException("Empty request.");
        var metadata = ResolveInterface(request.Interface);
        if (request.MethodId < 0 || request.MethodId >= metadata.Methods.Count)
        {
            throw new JsonException($"Interface {metadata.InterfaceType.Name} has no method {request.MethodId}.");
        }

        var method = metadata.Methods[request.MethodId];
        if (request.Arguments.Count != method.ParameterTypes.Count)
        {
            throw new JsonException($"{method.Name} takes {method.ParameterTypes.Count} arguments, the request carries {request.Arguments.Count}.");
        }

        var arguments = new object?[request.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = request.Arguments[i].Deserialize(method.ParameterTypes[i], _options);
        }

        return new Message { Kind = request.Kind, CorrelationId = request.CorrelationId, Target = request.Target, Method = method, Arguments = arguments };
    }

    public byte[] EncodeResponse(Message request, object? result, Exception? error)
    {
        var response = error is not null
            ? new WireResponse(request.CorrelationId, null, new WireError(error.GetType().AssemblyQualifiedName!, error.Message))
            : new WireResponse(request.CorrelationId, request.Method?.ResultType is { } resultType ? JsonSerializer.SerializeToElement(result, resultType, _options) : null, null);
        return JsonSerializer.SerializeToUtf8Bytes(response, _options);
    }

    /// <summary>Reads the response to a pending call of this silo: its result, or the exception to fail it with.</summary>
    public (object? Result, Exception? Error) DecodeResponse(ReadOnlySpan<byte> payload, Message pendingRequest)
    {
        var response = JsonSerializer.Deserialize<WireResponse>(payload, _options) ?? throw new JsonException("Empty response.");
        if (response.CorrelationId != pendingRequest.CorrelationId)
        {
            throw new ArgumentException($"Response {response.CorrelationId} does not answer request {pendingRequest.CorrelationId}.", nameof(pendingRequest));
        }

        if (response.Error is { } error)
        {
            return (null, RecreateException(error));
        }

        var resultType = pendingRequest.Method?.ResultType;
        return (resultType is null || response.Result is null ? null : response.Result.Value.Deserialize(resultType, _options), null);
    }

    private GrainInterfaceMetadata ResolveInterface(string name) => _interfaces.GetOrAdd(name, static (key, registry) =>
    {
        var type = Type.GetType(key, throwOnError: false);
        if (type is null || !type.IsInterface || !(typeof(IGrain).IsAssignableFrom(type) || typeof(IGrainObserver).IsAssignableFrom(type)))
        {
            throw new JsonException($"'{key}' is not a grain or observer interface known to this silo.");
        }

        return registry.GetInterface(type);
    }, _registry);

    private static Exception RecreateException(WireError error)
    {
        // Only exception types are ever instantiated from a name on the wire, and only through (string message).
        var type = Type.GetType(error.Type, throwOnError: false);
        if (type is not null && typeof(Exception).IsAssignableFrom(type) && type.GetConstructor([typeof(string)]) is { } constructor)
        {
            return (Exception)constructor.Invoke([error.Message]);
        }

        return new RemoteGrainException(error.Type, error.Message);
    }
}
