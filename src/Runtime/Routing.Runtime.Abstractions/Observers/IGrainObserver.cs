namespace Routing.Runtime;

/// <summary>
/// Marker for observer interfaces: objects outside any grain (for example a SignalR connection's handler) that
/// grains notify. Observer methods should be <see cref="OneWayAttribute">one-way</see> and return
/// <see cref="Task"/> or <see cref="ValueTask"/>.
/// </summary>
public interface IGrainObserver
{
}
