using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Routing.Runtime.Messaging;
using Routing.Runtime.Messaging.Wire;
using Routing.Runtime.Metadata;
using Routing.Runtime.Tests.Infrastructure;
using Routing.Runtime.Tests.TestGrains;

namespace Routing.Runtime.Tests.Calls;

/// <summary>Call messages survive the trip through bytes that a cluster transport will make.</summary>
[Collection(SiloCollection.Name)]
public sealed class MessageCodecTests(SiloFixture fixture)
{
    private readonly MessageCodec _codec = fixture.Silo.Services.GetRequiredService<MessageCodec>();
    private readonly GrainTypeRegistry _registry = fixture.Silo.Services.GetRequiredService<GrainTypeRegistry>();
    private readonly RuntimeClient _client = fixture.Silo.Services.GetRequiredService<RuntimeClient>();

    [Fact]
    public async Task EncodeDecode_Request_InvokesGrainAndResultRoundTrips()
    {
        var key = TestSilos.NewKey();
        var method = Method<IPingGrain>(nameof(IPingGrain.Echo));
        var pending = Request(new GrainId("PingGrain", key), method, "您好 😀");

        var received = _codec.DecodeRequest(_codec.EncodeRequest(pending));
        Assert.Equal(pending.Target, received.Target);
        Assert.Same(method, received.Method);
        Assert.Equal(["您好 😀"], received.Arguments);

        var result = await ((Task<string>)_client.Invoke(received.Target, received.Method!, received.Arguments)).DefaultTimeout("the decoded call");
        var (decoded, error) = _codec.DecodeResponse(_codec.EncodeResponse(received, result, error: null), pending);

        Assert.Null(error);
        Assert.Equal($"{key}:您好 😀", decoded);
    }

    [Fact]
    public void EncodeDecode_ReferenceArgument_ArrivesAsReferenceToSameId()
    {
        var observer = fixture.GrainFactory.CreateObjectReference<IChatObserver>(new NullObserver());
        var pending = Request(new GrainId("ChatRoomGrain", TestSilos.NewKey()), Method<IChatRoomGrain>(nameof(IChatRoomGrain.Subscribe)), observer);

        var received = _codec.DecodeRequest(_codec.EncodeRequest(pending));

        var reference = Assert.IsAssignableFrom<IGrainReference>(Assert.IsAssignableFrom<IChatObserver>(received.Arguments[0]));
        Assert.Equal(((IGrainReference)observer).GrainId, reference.GrainId);
    }

    [Fact]
    public void EncodeDecode_Exception_KeepsTypeAndMessageButNoStackTrace()
    {
        var pending = Request(new GrainId("PingGrain", TestSilos.NewKey()), Method<IPingGrain>(nameof(IPingGrain.Throw)), "x");
        Exception thrown;
        try
        {
            throw new InvalidOperationException("agent is over capacity");
        }
        catch (InvalidOperationException exception)
        {
            thrown = exception;
        }

        var (_, error) = _codec.DecodeResponse(_codec.EncodeResponse(pending, null, thrown), pending);

        var recreated = Assert.IsType<InvalidOperationException>(error);
        Assert.Equal("agent is over capacity", recreated.Message);
        Assert.Null(recreated.StackTrace);
    }

    [Fact]
    public void Decode_UnknownExceptionType_BecomesRemoteGrainException()
    {
        var pending = Request(new GrainId("PingGrain", TestSilos.NewKey()), Method<IPingGrain>(nameof(IPingGrain.Ping)));
        var payload = JsonSerializer.SerializeToUtf8Bytes(new WireResponse(pending.CorrelationId, null, new WireError("Nowhere.GoneException, Nowhere", "gone")), JsonSerializerOptions.Web);

        var (_, error) = _codec.DecodeResponse(payload, pending);

        var remote = Assert.IsType<RemoteGrainException>(error);
        Assert.Equal("gone", remote.Message);
        Assert.Equal("Nowhere.GoneException, Nowhere", remote.OriginalType);
    }

    [Fact]
    public void Decode_MethodIdOutOfRange_IsRejected()
    {
        var pending = Request(new GrainId("PingGrain", TestSilos.NewKey()), Method<IPingGrain>(nameof(IPingGrain.Ping)));
        var bytes = _codec.EncodeRequest(pending);
        var tampered = JsonSerializer.Deserialize<WireRequest>(bytes, JsonSerializerOptions.Web)! with { MethodId = 999 };

        Assert.Throws<JsonException>(() => _codec.DecodeRequest(JsonSerializer.SerializeToUtf8Bytes(tampered, JsonSerializerOptions.Web)));
    }

    private GrainMethodDescriptor Method<TInterface>(string name) => _registry.GetInterface(typeof(TInterface)).Methods.Single(method => method.Method.Name == name);

    private static Message Request(GrainId target, GrainMethodDescriptor method, params object?[] arguments)
        => new() { Kind = MessageKind.Request, CorrelationId = Random.Shared.NextInt64(1, long.MaxValue), Target = target, Method = method, Arguments = arguments };

    private sealed class NullObserver : IChatObserver
    {
        public Task OnMessage(string text) => Task.CompletedTask;
    }
}
