using Routing.Runtime.Logging;
using Routing.Runtime.Messaging;

namespace Routing.Runtime.Activation;

internal sealed partial class ActivationData
{
    private static readonly Action<object?> s_runMessage = static state =>
    {
        var message = (Message)state!;
        _ = message.Activation!.RunAsync(message);
    };

    /// <summary>
    /// Admits a message: starts it now if the scheduling rules allow, otherwise queues it. Returns false only when
    /// this activation is already gone, so the caller routes the message again.
    /// </summary>
    public bool TryAccept(Message message)
    {
        lock (_lock)
        {
            switch (_state)
            {
                case ActivationState.Invalid:
                    return false;
                case ActivationState.Valid when _pendingDeactivation is null && CanStart(message, isQueueHead: _waiting.Count == 0):
                    _runtime.Tracker?.Enter();
                    Start(message);
                    return true;
                case ActivationState.Deactivating when message.Kind == MessageKind.TimerTick:
                    // A timer dies with its activation: a tick that races with deactivation is dropped.
                    return true;
                default:
                    _runtime.Tracker?.Enter();
                    _waiting.Enqueue(message);
                    return true;
            }
        }
    }

    /// <summary>
    /// The interleaving rules: by default one request at a time, held across awaits. Always-interleave methods,
    /// reentrant classes and interleaving timers may start at once; read-only requests may join other read-only ones.
    /// A message that is not at the head of the queue waits its turn, so arrival order is kept.
    /// </summary>
    private bool CanStart(Message message, bool isQueueHead)
    {
        if (message.IsAlwaysInterleave || _class.IsReentrant || message.Timer is { Interleave: true })
        {
            return true;
        }

        if (!isQueueHead)
        {
            return false;
        }

        return _running == 0 || (message.IsReadOnly && _runningNotReadOnly == 0);
    }

    private void Start(Message message)
    {
        _running++;
        if (!message.IsReadOnly)
        {
            _runningNotReadOnly++;
        }

        if (message.Kind != MessageKind.TimerTick)
        {
            // Timer ticks do not count as activity: a timer must not keep an idle grain alive.
            _lastActivityTimestamp = _runtime.TimeProvider.GetTimestamp();
        }

        message.Activation = this;
        new Task(s_runMessage, message).Start(Scheduler);
    }

    /// <summary>Runs one message; every await inside resumes on this activation's scheduler.</summary>
    private async Task RunAsync(Message message)
    {
        object? result = null;
        Exception? failure = null;
        try
        {
            if (message.Kind == MessageKind.TimerTick)
            {
                await message.Timer!.RunTickAsync();
            }
            else
            {
                result = await message.Method!.Invoker.InvokeAsync(_grain!, message.Arguments);
            }
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        // The request is over before its caller hears of it: a caller that reacts to the response (or a collector
        // that runs right after) sees the activation idle, never a request that has finished but still counts.
        OnMessageCompleted(message);
        if (message.Kind == MessageKind.TimerTick)
        {
            if (failure is not null)
            {
                RuntimeLog.TimerTickFailed(_runtime.Logger, failure, GrainId);
            }
        }
        else if (failure is not null)
        {
            _runtime.Client.Fail(message, failure);
        }
        else if (message.Kind == MessageKind.Request)
        {
            _runtime.Client.Complete(message, result);
        }

        _runtime.Tracker?.Exit();
    }

    private void OnMessageCompleted(Message message)
    {
        lock (_lock)
        {
            _running--;
            if (!message.IsReadOnly)
            {
                _runningNotReadOnly--;
            }

            if (message.Kind != MessageKind.TimerTick)
            {
                // Idle time counts from the end of the last request, not its start: a request that ran for longer than
                // the collection age must not leave its activation collectable the moment it completes.
                _lastActivityTimestamp = _runtime.TimeProvider.GetTimestamp();
            }

            if (_state != ActivationState.Valid)
            {
                return;
            }

            if (_pendingDeactivation is not null)
            {
                if (_running == 0)
                {
                    BeginDeactivation();
                }

                return;
            }

            StartQueued();
        }
    }

    /// <summary>Starts queued messages from the head for as long as the rules allow. Called under the lock.</summary>
    private void StartQueued()
    {
        while (_waiting.TryPeek(out var next) && CanStart(next, isQueueHead: true))
        {
            _waiting.Dequeue();
            Start(next);
        }
    }
}
