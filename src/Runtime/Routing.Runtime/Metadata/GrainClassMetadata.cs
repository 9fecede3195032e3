using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Routing.Runtime.Storage;

namespace Routing.Runtime.Metadata;

/// <summary>How to create and schedule activations of one grain class, built once at startup.</summary>
internal sealed class GrainClassMetadata
{
    private readonly ConstructorInfo _constructor;
    private readonly Func<IServiceProvider, GrainId, List<IStateLoader>, object?>[] _argumentFactories;

    public GrainClassMetadata(Type grainClass, string grainType, TimeSpan collectionAge)
    {
        GrainClass = grainClass;
        GrainType = grainType;
        CollectionAge = collectionAge;
        IsReentrant = grainClass.IsDefined(typeof(ReentrantAttribute), inherit: true);
        _constructor = grainClass.GetConstructors().OrderByDescending(constructor => constructor.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"Grain class {grainClass.Name} has no public constructor.");
        _argumentFactories = [.. _constructor.GetParameters().Select(CreateArgumentFactory)];
    }

    public Type GrainClass { get; }

    public string GrainType { get; }

    public bool IsReentrant { get; }

    public TimeSpan CollectionAge { get; }

    /// <summary>Creates a grain instance and the state handles that must be read before it activates.</summary>
    public (Grain Grain, IReadOnlyList<IStateLoader> States) CreateInstance(IServiceProvider services, GrainId grainId)
    {
        var states = new List<IStateLoader>();
        var arguments = new object?[_argumentFactories.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = _argumentFactories[i](services, grainId, states);
        }

        return ((Grain)_constructor.Invoke(arguments), states);
    }

    private Func<IServiceProvider, GrainId, List<IStateLoader>, object?> CreateArgumentFactory(ParameterInfo parameter)
    {
        if (parameter.GetCustomAttribute<PersistentStateAttribute>() is { } stateAttribute)
        {
            var type = parameter.ParameterType;
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentState<>))
            {
                throw new InvalidOperationException($"Parameter '{parameter.Name}' of {GrainClass.Name} is marked [PersistentState] but is not IPersistentState<T>.");
            }

            var stateType = typeof(PersistentState<>).MakeGenericType(type.GetGenericArguments()[0]);
            var stateName = stateAttribute.StateName;
            var storageName = stateAttribute.StorageName;
            return (services, grainId, states) =>
            {
                var storage = storageName is null
                    ? services.GetRequiredService<IGrainStorage>()
                    : services.GetRequiredKeyedService<IGrainStorage>(storageName);
                var state = (IStateLoader)Activator.CreateInstance(stateType, grainId, stateName, storage)!;
                states.Add(state);
                return state;
            };
        }

        var parameterType = parameter.ParameterType;
        if (parameter.HasDefaultValue)
        {
            var defaultValue = parameter.DefaultValue;
            return (services, _, _) => services.GetService(parameterType) ?? defaultValue;
        }

        return (services, _, _) => services.GetService(parameterType)
            ?? throw new InvalidOperationException($"Cannot create grain {GrainClass.Name}: no service of type {parameterType.Name} is registered for constructor parameter '{parameter.Name}'.");
    }
}
