using Microsoft.Extensions.Logging;

namespace Routing.Runtime.PostgreSql;

/// <summary>Log messages of the PostgreSQL providers. Event ids 3000-3099 are theirs; never renumber one.</summary>
internal static partial class PostgreSqlLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "PostgreSQL schema '{Schema}' is ready (grain state, reminder and event tables) after {ElapsedMilliseconds} ms.")]
    public static partial void SchemaReady(ILogger logger, string schema, long elapsedMilliseconds);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "Creating PostgreSQL schema '{Schema}' failed.")]
    public static partial void SchemaCreationFailed(ILogger logger, Exception exception, string schema);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Debug, Message = "Grain storage group commit started with {Loops} loop(s) and at most {MaxBatchSize} operations per batch.")]
    public static partial void GroupCommitStarted(ILogger logger, int loops, int maxBatchSize);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "Grain storage group commit stopped after {Batches} batch(es) holding {Operations} operation(s).")]
    public static partial void GroupCommitStopped(ILogger logger, long batches, long operations);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Warning, Message = "Grain storage stopped with {Count} queued operation(s) not sent; their callers get an error.")]
    public static partial void QueuedOperationsFailedOnStop(ILogger logger, int count);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Warning, Message = "Grain storage stopped with a batch of {Count} operation(s) in flight; their outcome is unknown to their callers.")]
    public static partial void InFlightBatchAbandoned(ILogger logger, int count);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Trace, Message = "Grain storage batch of {Count} operation(s) committed in {ElapsedMilliseconds} ms.")]
    public static partial void BatchCommitted(ILogger logger, int count, double elapsedMilliseconds);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Warning, Message = "Grain storage batch of {Count} operation(s) failed as a whole; running them one by one so each caller gets its own outcome.")]
    public static partial void BatchFailedFallingBack(ILogger logger, Exception exception, int count);

    [LoggerMessage(EventId = 3022, Level = LogLevel.Debug, Message = "Grain storage {Operation} of state '{StateName}' of grain {GrainId} failed on its own after its batch failed.")]
    public static partial void FallbackOperationFailed(ILogger logger, Exception exception, string operation, string stateName, GrainId grainId);

    [LoggerMessage(EventId = 3023, Level = LogLevel.Error, Message = "Grain storage group commit loop hit an unexpected error; the batch's callers get it and the loop goes on.")]
    public static partial void GroupCommitLoopError(ILogger logger, Exception exception);
}
