using System.Reflection;

namespace Routing.Runtime.Metadata;

/// <summary>The grain classes a host registered, collected while services are configured.</summary>
internal sealed class GrainClassCatalog
{
    public List<Type> GrainClasses { get; } = [];

    public void AddAssembly(Assembly assembly)
        => GrainClasses.AddRange(assembly.GetTypes().Where(type => type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(Grain).IsAssignableFrom(type)));

    public void AddClass(Type grainClass)
    {
        if (!typeof(Grain).IsAssignableFrom(grainClass) || grainClass.IsAbstract)
        {
            throw new ArgumentException($"{grainClass.Name} is not a concrete grain class.", nameof(grainClass));
        }

        GrainClasses.Add(grainClass);
    }
}
