using System.Collections.Frozen;
using System.Reflection;

namespace Routing.Runtime.Metadata;

/// <summary>The methods of one grain or observer interface (including inherited interfaces), built once per interface.</summary>
internal sealed class GrainInterfaceMetadata
{
    private readonly FrozenDictionary<MethodInfo, GrainMethodDescriptor> _byMethod;

    public GrainInterfaceMetadata(Type interfaceType)
    {
        if (!interfaceType.IsInterface)
        {
            throw new ArgumentException($"{interfaceType} is not an interface.", nameof(interfaceType));
        }

        InterfaceType = interfaceType;
        // Methods are ordered by interface then metadata token so method ids are stable for a given build.
        var methods = new[] { interfaceType }
            .Concat(interfaceType.GetInterfaces())
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .SelectMany(type => type.GetMethods().OrderBy(method => method.MetadataToken))
            .ToArray();

        Methods = [.. methods.Select(GrainMethodDescriptor.Create)];
        _byMethod = Methods.ToFrozenDictionary(descriptor => descriptor.Method);
    }

    public Type InterfaceType { get; }

    public IReadOnlyList<GrainMethodDescriptor> Methods { get; }

    public GrainMethodDescriptor GetMethod(MethodInfo method)
        => _byMethod.TryGetValue(method, out var descriptor)
            ? descriptor
            : throw new InvalidOperationException($"{method.DeclaringType?.Name}.{method.Name} is not a method of grain interface {InterfaceType.Name}.");
}
