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
/// Observer methods run on the thread pool, never inside the calling grain's turn. Calls to one observer object run
/// one at a time, in the order they arrived (as Orleans runs a client object's messages), so a grain's pushes
/// ("position 3", then "assigned") can never overtake each other. Different observer objects run concurrently.
/// </remarks>
internal sealed class ObserverRegistry(IServiceProvider services, ILogger<ObserverRegistry> logger)
{
    /// <summary>The grain type of every observer id.</summary>
    public const string ObserverGrainType = "$observer";

    private readonly ConcurrentDictionary<string, LocalObserver> _targets = new(StringComparer.Ordinal);
    private RuntimeClient? _client;
    private ActivityTracker? _tracker;

    private RuntimeClient Client => _client ??= services.GetRequiredService<RuntimeClient>();

    private ActivityTracker? Tracker => _tracker ??= services.GetService<ActivityTracker>();

    public GrainId Register(object target)
    {
        var id = new GrainId(ObserverGrainType, GrainKeyFormat.FromGuid(Guid.NewGuid()));
        _targets[id.Key] = new LocalObserver(new WeakReference<object>(target));
        return id;
    }

    public void Unregister(GrainId id) => _targets.TryRemove(id.Key, out _);

    public void Deliver(Message message)
    {
        if (!_targets.TryGetValue(message.Target.Key, out var observer) || !observer.Target.TryGetTarget(out _))
        {
            _targets.TryRemove(message.Target.Key, out _);
            throw new ObserverGoneException($"Observer {message.Target} is gone: its reference was deleted or its object was collected.");
        }

        Tracker?.Enter();
        bool start;
        lock (observer.Pending)
        {
            observer.Pending.Enqueue(message);
            start = !observer.Running;
            observer.Running = true;
        }

        if (start)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static state => _ = state.Registry.DrainAsync(state.Observer), (Registry: this, Observer: observer), preferLocal: false);
        }
    }

    /// <summary>Runs an observer's queued calls one after another until its queue is empty.</summary>
    private async Task DrainAsync(LocalObserver observer)
    {
        while (true)
        {
            Message message;
            lock (observer.Pending)
            {
                if (!observer.Pending.TryDequeue(out message!))
                {
                    observer.Running = false;
                    return;
                }
            }

            await InvokeAsync(message, observer);
        }
    }

    private async Task InvokeAsync(Message message, LocalObserver observer)
    {
        try
        {
            if (!observer.Target.TryGetTarget(out var target))
            {
                throw new ObserverGoneException($"Observer {message.Target} is gone: its object was collected.");
            }

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

    /// <summary>One registered object and its calls waiting to run.</summary>
    private sealed class LocalObserver(WeakReference<object> target)
    {
        public WeakReference<object> Target { get; } = target;

        public Queue<Message> Pending { get; } = new();

        public bool Running { get; set; }
    }
}
