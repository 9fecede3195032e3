namespace Routing.Runtime;

/// <summary>
/// Marks a grain constructor parameter of type <see cref="IPersistentState{TState}"/>. The runtime creates the handle
/// and reads the stored state before <see cref="Grain.OnActivateAsync"/>.
/// </summary>
/// <param name="stateName">The state's name, unique within the grain type; part of the storage key.</param>
/// <param name="storageName">The named storage provider, or null for the default one.</param>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string? storageName = null) : Attribute
{
    /// <summary>The state's name.</summary>
    public string StateName { get; } = stateName;

    /// <summary>The named storage provider, or null for the default.</summary>
    public string? StorageName { get; } = storageName;
}
