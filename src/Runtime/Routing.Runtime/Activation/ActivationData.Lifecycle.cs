using Routing.Runtime.Logging;
using Routing.Runtime.Messaging;
using Routing.Runtime.Placement;

namespace Routing.Runtime.Activation;

internal sealed partial class ActivationData
{
    private GrainAddress? _address;

    /// <summary>Starts activating: register, create the grain, load state, OnActivateAsync, then release queued calls.</summary>
    public void StartActivation()
    {
        _runtime.Tracker?.Enter();
        Task.Factory.StartNew(ActivateAsync, CancellationToken.None, TaskCreationOptions.DenyChildAttach, Scheduler);
    }

    private async Task ActivateAsync()
    {
        try
        {
            var address = new GrainAddress(GrainId, _runtime.LocalSilo.Address, Guid.NewGuid());
            var winner = await _runtime.Directory.RegisterAsync(address, CancellationToken.None);
            if (winner != address)
            {
                // Another activation of this grain is registered. In a single silo that is a previous activation still
                // unregistering; a cluster forwards to the winner instead. Either way this one must not run.
                throw new InvalidOperationException($"Grain {GrainId} is already activated at {winner.Silo}; refusing a duplicate activation.");
            }

            _address = address;
            var (grain, states) = _class.CreateInstance(_runtime.Services, GrainId);
            Grain.AttachContext(grain, this);
            _grain = grain;
            foreach (var state in states)
            {
                await state.ReadStateAsync(CancellationToken.None);
            }

            await grain.OnActivateAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            await FailActivationAsync(exception);
            return;
        }

        lock (_lock)
        {
            _state = ActivationState.Valid;
            _lastActivityTimestamp = _runtime.TimeProvider.GetTimestamp();
            if (_pendingDeactivation is not null)
            {
                BeginDeactivation();
            }
            else
            {
                StartQueued();
            }
        }

        _runtime.Tracker?.Exit();
    }

    private async Task FailActivationAsync(Exception exception)
    {
        // OnActivateAsync may have registered timers before it failed; they die with the activation.
        StopTimers();
        await UnregisterAsync();
        Message[] pending;
        lock (_lock)
        {
            _state = ActivationState.Invalid;
            pending = [.. _waiting];
            _waiting.Clear();
        }

        _catalog.Remove(this);
        RuntimeLog.ActivationFailed(_runtime.Logger, exception, GrainId, pending.Length);
        foreach (var message in pending)
        {
            _runtime.Client.Fail(message, exception);
            _runtime.Tracker?.Exit();
        }

        _deactivated.TrySetResult();
        _runtime.Tracker?.Exit();
    }

    /// <summary>
    /// Asks for deactivation once no request is running. Returns a task that completes when the activation is gone.
    /// </summary>
    public Task RequestDeactivation(DeactivationReason reason)
    {
        lock (_lock)
        {
            _pendingDeactivation ??= reason;
            if (_state == ActivationState.Valid && _running == 0)
            {
                BeginDeactivation();
            }
        }

        return Deactivated;
    }

    /// <summary>Collects the activation if it is idle now and has been for at least its collection age.</summary>
    public bool TryCollectIfIdle()
    {
        lock (_lock)
        {
            // Checked under the lock: the activation must still be idle at the moment collection starts.
            if (_state != ActivationState.Valid || _running != 0 || _waiting.Count != 0 || _pendingDeactivation is not null
                || _runtime.TimeProvider.GetElapsedTime(_lastActivityTimestamp) < _class.CollectionAge)
            {
                return false;
            }

            _pendingDeactivation = new DeactivationReason(DeactivationReasonCode.IdleCollection, $"idle for at least {_class.CollectionAge}");
            BeginDeactivation();
            return true;
        }
    }

    /// <summary>Moves to Deactivating and schedules the deactivation turn. Called under the lock with nothing running.</summary>
    private void BeginDeactivation()
    {
        _state = ActivationState.Deactivating;
        _runtime.Tracker?.Enter();
        Task.Factory.StartNew(DeactivateAsync, CancellationToken.None, TaskCreationOptions.DenyChildAttach, Scheduler);
    }

    private async Task DeactivateAsync()
    {
        var reason = _pendingDeactivation!;
        StopTimers();
        try
        {
            await _grain!.OnDeactivateAsync(reason, CancellationToken.None);
        }
        catch (Exception exception)
        {
            RuntimeLog.DeactivationCallbackFailed(_runtime.Logger, exception, GrainId);
        }

        // Unregister before leaving the catalog, so the next activation's registration cannot lose to this one.
        await UnregisterAsync();
        Message[] pending;
        lock (_lock)
        {
            _state = ActivationState.Invalid;
            pending = [.. _waiting];
            _waiting.Clear();
        }

        _catalog.Remove(this);
        RuntimeLog.Deactivated(_runtime.Logger, GrainId, reason.Description);
        _deactivated.TrySetResult();

        // Nothing is dropped: calls that arrived meanwhile go to a new activation.
        foreach (var message in pending)
        {
            Forward(message);
            _runtime.Tracker?.Exit();
        }

        _runtime.Tracker?.Exit();
    }

    private void Forward(Message message)
    {
        if (message.Kind == MessageKind.TimerTick)
        {
            return;
        }

        if (++message.ForwardCount > _runtime.MaxForwardCount)
        {
            RuntimeLog.TooManyForwards(_runtime.Logger, message.Describe(), message.ForwardCount);
            _runtime.Client.Fail(message, new InvalidOperationException($"Call {message.Describe()} was forwarded {message.ForwardCount} times without reaching a live activation."));
            return;
        }

        _catalog.Deliver(message);
    }

    private async Task UnregisterAsync()
    {
        if (_address is null)
        {
            return;
        }

        try
        {
            await _runtime.Directory.UnregisterAsync(_address, CancellationToken.None);
        }
        catch (Exception exception)
        {
            RuntimeLog.DirectoryOperationFailed(_runtime.Logger, exception, GrainId);
        }
    }
}
