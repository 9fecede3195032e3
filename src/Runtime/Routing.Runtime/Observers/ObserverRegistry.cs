using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Routing.Runtime.Diagnostics;
using Routing.Runtime.Logging;
using Routing.Runtime.Messaging;

namespace Routing.Runtime.Observers;

/// <summary>
/// The local objects behind observer references. Objects are held weakly: whoever created the reference keeps the
/// object alive. A call to an object that is gone fails at once with <see cref="ObserverGoneException"/>, even a
/// one-way call, so the grain's <see cref="ObserverManager{TObserver}"/> can drop the subscription.
/// </summary>
/// <remarks>
/// Observer methods run on the thread pool, never inside the calling grain's turn, and may run concurrently with
/// each other: observer implementations must be thread-safe.
/// </remarks>
internal sealed class ObserverRegistry(IServiceProvider services, ILogger<ObserverRegistry> logger)
{
    /// <summary>The grain type of every observer id.</summary>
    public const string ObserverGrainType = "$observer";

    private readonly ConcurrentDictionary<string, WeakReference<object>> _targets = new(StringComparer.Ordinal);
    private RuntimeClient? _client;
    private ActivityTracker? _tracker;

    private RuntimeClient Client => _client ??= services.GetRequiredService<RuntimeClient>();

    private ActivityTracker? Tracker => _tracker ??= services.GetService<ActivityTracker>();

    public GrainId Register(object target)
    {
        var id = new GrainId(ObserverGrainType, GrainKeyFormat.FromGuid(Guid.NewGuid()));
        _targets[id.Key] = new WeakReference<object>(target);
        return id;
    }

    public void Unregister(GrainId id) => _targets.TryRemove(id.Key, out _);

    public void Deliver(Message message)
    {
        if (!_targets.TryGetValue(message.Target.Key, out var reference) || !reference.TryGetTarget(out var target))
        {
            _targets.TryRemove(message.Target.Key, out _);
            throw new ObserverGoneException($"Observer {message.Target} is gone: its reference was deleted or its object was collected.");
        }

        Tracker?.Enter();
        ThreadPool.UnsafeQueueUserWorkItem(static state => _ = state.Registry.InvokeAsync(state.Message, state.Target), (Registry: this, Message: message, Target: target), preferLocal: false);
    }

    private async Task InvokeAsync(Message message, object target)
    {
        try
        {
            var result = await message.Method!.Invoker.InvokeAsync(target, message.Arguments);
            if (message.Kind == MessageKind.Request)
            {
                Client.Complete(message, result);
            }
        }
        catch (Exception exception)
        {
            RuntimeLog.ObserverCallFailed(logger, exception, message.Describe());
            Client.Fail(message, exception);
        }
        finally
        {
            Tracker?.Exit();
        }
    }
}
