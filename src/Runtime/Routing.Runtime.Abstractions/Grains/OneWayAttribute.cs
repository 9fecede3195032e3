namespace Routing.Runtime;

/// <summary>
/// Marks a grain or observer interface method as one-way: the caller's task completes as soon as the message is
/// handed to the runtime, and no response (neither a result nor an exception) is ever sent back. Use one-way calls
/// for notifications, so that a callee may call back into its caller without forming a call cycle.
/// </summary>
/// <remarks>The method must return <see cref="Task"/> or <see cref="ValueTask"/>.</remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OneWayAttribute : Attribute
{
}
