namespace Routing.Runtime;

/// <summary>
/// Implemented by grains that use durable reminders. A reminder tick activates the grain when it is not in memory.
/// </summary>
/// <remarks>
/// Ticks are at-least-once: after a silo restart, or when a tick's delivery is retried, the same due time can be
/// delivered twice. Handlers must be idempotent.
/// </remarks>
public interface IRemindable : IGrain
{
    /// <summary>Receives one reminder tick.</summary>
    Task ReceiveReminder(string reminderName, TickStatus status);
}
