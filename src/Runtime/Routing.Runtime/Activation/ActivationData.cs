using Routing.Runtime.Metadata;
using Routing.Runtime.Scheduling;
using Routing.Runtime.Timers;

namespace Routing.Runtime.Activation;

/// <summary>
/// One in-memory activation of a grain: its instance, its request queue, its scheduler and its lifecycle.
/// </summary>
/// <remarks>
/// All admission and lifecycle decisions are made under <see cref="_lock"/>; grain code itself runs only on
/// <see cref="Scheduler"/>, one turn at a time. The partial files split the concerns: messaging (admission and
/// turns), lifecycle (activate, deactivate, forward) and the grain context (timers, reminders).
/// </remarks>
internal sealed partial class ActivationData
{
    private readonly object _lock = new();
    private readonly Queue<Messaging.Message> _waiting = new();
    private readonly GrainClassMetadata _class;
    private readonly ActivationServices _runtime;
    private readonly Catalog _catalog;
    private ActivationState _state = ActivationState.Activating;
    private Grain? _grain;
    private int _running;
    private int _runningNotReadOnly;
    private long _lastActivityTimestamp;
    private DeactivationReason? _pendingDeactivation;
    private List<IGrainTimerTick>? _timers;
    private readonly TaskCompletionSource _deactivated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ActivationData(GrainId grainId, GrainClassMetadata grainClass, ActivationServices runtime, Catalog catalog)
    {
        GrainId = grainId;
        _class = grainClass;
        _runtime = runtime;
        _catalog = catalog;
        _lastActivityTimestamp = runtime.TimeProvider.GetTimestamp();
    }

    public GrainId GrainId { get; }

    public ActivationTaskScheduler Scheduler { get; } = new();

    /// <summary>Completes when the activation is gone (deactivated or failed to activate).</summary>
    public Task Deactivated => _deactivated.Task;

    public ActivationState State
    {
        get
        {
            lock (_lock)
            {
                return _state;
            }
        }
    }

    public override string ToString() => $"activation of {GrainId}";
}
