using System.Reflection;
using Routing.Runtime.Metadata;

namespace Routing.Runtime.Messaging;

/// <summary>
/// The typed reference handed out for a grain or observer interface. Each interface method call becomes a message
/// to the target id; the method's descriptor is found in a frozen dictionary, so there is no reflection per call.
/// Two references to the same id are equal.
/// </summary>
public class GrainReferenceProxy : DispatchProxy, IGrainReference
{
    private GrainInterfaceMetadata? _interface;
    private RuntimeClient? _client;

    /// <inheritdoc />
    public GrainId GrainId { get; private set; }

    /// <inheritdoc />
    public Type InterfaceType => _interface!.InterfaceType;

    internal void Initialize(GrainId grainId, GrainInterfaceMetadata metadata, RuntimeClient client)
    {
        GrainId = grainId;
        _interface = metadata;
        _client = client;
    }

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return _client!.Invoke(GrainId, _interface!.GetMethod(targetMethod), args ?? []);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IGrainReference other && other.GrainId == GrainId;

    /// <inheritdoc />
    public override int GetHashCode() => GrainId.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"{_interface?.InterfaceType.Name}:{GrainId}";
}
