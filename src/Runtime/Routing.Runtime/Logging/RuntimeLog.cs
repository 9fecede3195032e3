using Microsoft.Extensions.Logging;

namespace Routing.Runtime.Logging;

/// <summary>Source-generated log messages of the runtime core (event ids 1000-1099).</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Silo {SiloName} of service {ServiceId} started at {Address}")]
    public static partial void SiloStarted(ILogger logger, string siloName, string serviceId, string address);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Silo {SiloName} stopping: deactivating {Count} activations")]
    public static partial void SiloStopping(ILogger logger, string siloName, int count);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "Activation of grain {GrainId} failed; {PendingCount} queued calls receive the error")]
    public static partial void ActivationFailed(ILogger logger, Exception exception, GrainId grainId, int pendingCount);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning, Message = "OnDeactivateAsync of grain {GrainId} failed")]
    public static partial void DeactivationCallbackFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Debug, Message = "Deactivated grain {GrainId}: {Reason}")]
    public static partial void Deactivated(ILogger logger, GrainId grainId, string reason);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Warning, Message = "Directory operation for grain {GrainId} failed")]
    public static partial void DirectoryOperationFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Warning, Message = "One-way call {Call} failed")]
    public static partial void OneWayCallFailed(ILogger logger, Exception exception, string call);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Warning, Message = "Timer tick of grain {GrainId} failed")]
    public static partial void TimerTickFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(EventId = 1022, Level = LogLevel.Warning, Message = "Call {Call} timed out after {Timeout}")]
    public static partial void CallTimedOut(ILogger logger, string call, TimeSpan timeout);

    [LoggerMessage(EventId = 1023, Level = LogLevel.Warning, Message = "Call {Call} was forwarded {Count} times without reaching a live activation and is failed")]
    public static partial void TooManyForwards(ILogger logger, string call, int count);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Information, Message = "Collected {Count} idle activations")]
    public static partial void IdleActivationsCollected(ILogger logger, int count);

    [LoggerMessage(EventId = 1040, Level = LogLevel.Warning, Message = "Observer call {Call} failed")]
    public static partial void ObserverCallFailed(ILogger logger, Exception exception, string call);

    [LoggerMessage(EventId = 1050, Level = LogLevel.Warning, Message = "Reminder {ReminderName} of grain {GrainId} failed to tick")]
    public static partial void ReminderTickFailed(ILogger logger, Exception exception, GrainId grainId, string reminderName);

    [LoggerMessage(EventId = 1051, Level = LogLevel.Information, Message = "Loaded {Count} reminders")]
    public static partial void RemindersLoaded(ILogger logger, int count);

    [LoggerMessage(EventId = 1052, Level = LogLevel.Warning, Message = "Loading reminders failed")]
    public static partial void RemindersLoadFailed(ILogger logger, Exception exception);
}
