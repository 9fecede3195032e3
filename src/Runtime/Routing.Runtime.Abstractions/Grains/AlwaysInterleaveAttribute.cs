namespace Routing.Runtime;

/// <summary>
/// Marks a grain interface method whose requests may start while other requests of the same activation are
/// awaiting. Turns still never run in parallel.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AlwaysInterleaveAttribute : Attribute
{
}
