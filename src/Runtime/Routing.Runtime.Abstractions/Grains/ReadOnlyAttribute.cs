namespace Routing.Runtime;

/// <summary>
/// Marks a grain interface method that does not change the grain's state. Read-only requests interleave with each
/// other, never with a request that is not read-only.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadOnlyAttribute : Attribute
{
}
