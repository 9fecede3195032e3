using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using Microsoft.Extensions.Options;
using Routing.Runtime.Hosting;

namespace Routing.Runtime.Metadata;

/// <summary>
/// Maps grain interfaces to grain classes and grain type names to class metadata. Built once at startup from the
/// grain classes the host registered; a grain interface implemented by two classes is a startup error.
/// </summary>
internal sealed class GrainTypeRegistry
{
    private readonly FrozenDictionary<Type, string> _grainTypeByInterface;
    private readonly FrozenDictionary<string, GrainClassMetadata> _classByGrainType;
    private readonly ConcurrentDictionary<Type, GrainInterfaceMetadata> _interfaces = new();

    public GrainTypeRegistry(GrainClassCatalog catalog, IOptions<GrainCollectionOptions> collectionOptions)
    {
        var options = collectionOptions.Value;
        var classes = new Dictionary<string, GrainClassMetadata>(StringComparer.Ordinal);
        var interfaces = new Dictionary<Type, string>();
        foreach (var grainClass in catalog.GrainClasses.Distinct())
        {
            var grainType = grainClass.GetCustomAttribute<GrainTypeAttribute>()?.Name ?? grainClass.Name;
            var age = options.ClassSpecificCollectionAge.TryGetValue(grainType, out var configured)
                ? configured
                : grainClass.GetCustomAttribute<CollectionAgeLimitAttribute>()?.AgeLimit ?? options.CollectionAge;
            if (!classes.TryAdd(grainType, new GrainClassMetadata(grainClass, grainType, age)))
            {
                throw new InvalidOperationException($"Grain type name '{grainType}' is used by both {classes[grainType].GrainClass.FullName} and {grainClass.FullName}.");
            }

            foreach (var grainInterface in grainClass.GetInterfaces().Where(IsApplicationGrainInterface))
            {
                if (!interfaces.TryAdd(grainInterface, grainType))
                {
                    throw new InvalidOperationException($"Grain interface {grainInterface.Name} is implemented by both grain type '{interfaces[grainInterface]}' and '{grainType}'.");
                }
            }
        }

        _classByGrainType = classes.ToFrozenDictionary(StringComparer.Ordinal);
        _grainTypeByInterface = interfaces.ToFrozenDictionary();
    }

    public string GetGrainType(Type grainInterface)
        => _grainTypeByInterface.TryGetValue(grainInterface, out var grainType)
            ? grainType
            : throw new InvalidOperationException($"No grain class implements {grainInterface.Name}. Register its assembly with AddGrainsFromAssembly.");

    public GrainClassMetadata GetClass(string grainType)
        => _classByGrainType.TryGetValue(grainType, out var metadata)
            ? metadata
            : throw new InvalidOperationException($"Unknown grain type '{grainType}'.");

    public GrainInterfaceMetadata GetInterface(Type interfaceType) => _interfaces.GetOrAdd(interfaceType, static type => new GrainInterfaceMetadata(type));

    private static bool IsApplicationGrainInterface(Type type)
        => typeof(IGrain).IsAssignableFrom(type)
            && type != typeof(IGrain)
            && type != typeof(IGrainWithStringKey)
            && type != typeof(IGrainWithGuidKey)
            && type != typeof(IGrainWithIntegerKey)
            && type != typeof(IRemindable);
}
