namespace Routing.Runtime;

/// <summary>
/// Gives a grain class a stable type name. The name is part of every <see cref="GrainId"/>, storage row and
/// reminder row, so once data exists it must never change. Without it the class name is used.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    /// <summary>The grain type name.</summary>
    public string Name { get; } = name;
}
