using System.Diagnostics;
using System.Globalization;

namespace Routing.Runtime.PostgreSql;

/// <summary>
/// One queued state write, clear or delete, waiting for a group commit. Completed exactly once: by its caller's cancellation
/// while still queued, or by the batch loop after the loop took it.
/// </summary>
internal sealed class GrainStorageOperation
{
    private const int Queued = 0;
    private const int Taken = 1;
    private const int Cancelled = 2;

    private readonly TaskCompletionSource<string> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenRegistration _cancellation;
    private int _state;

    public GrainStorageOperation(
        long sequence,
        GrainStorageOperationKind kind,
        GrainId grainId,
        string stateName,
        ReadOnlyMemory<byte>? payload,
        long? expectedVersion,
        string? expectedEtag)
    {
        Debug.Assert((payload is null) == (kind != GrainStorageOperationKind.Write), "Only a write carries a payload.");
        Sequence = sequence;
        Kind = kind;
        GrainId = grainId;
        StateName = stateName;
        Payload = payload;
        ExpectedVersion = expectedVersion;
        ExpectedEtag = expectedEtag;
    }

    /// <summary>Enqueue order; breaks ties when a batch is sorted, so operations on one row keep their order.</summary>
    public long Sequence { get; }

    public GrainStorageOperationKind Kind { get; }

    public GrainId GrainId { get; }

    public string StateName { get; }

    /// <summary>The JSON to store, or null for a clear or a delete.</summary>
    public ReadOnlyMemory<byte>? Payload { get; }

    /// <summary>The version the row must have, or null when no row may exist yet.</summary>
    public long? ExpectedVersion { get; }

    public string? ExpectedEtag { get; }

    /// <summary>The kind as messages name it: "write", "clear" or "delete".</summary>
    public string Verb => Kind switch
    {
        GrainStorageOperationKind.Write => "write",
        GrainStorageOperationKind.Clear => "clear",
        _ => "delete",
    };

    public Task<string> Completion => _completion.Task;

    /// <summary>Lets the caller cancel while the operation is still queued; once taken, it runs to its outcome.</summary>
    public void CancelWhileQueued(CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled)
        {
            _cancellation = cancellationToken.UnsafeRegister(
                static (state, token) => ((GrainStorageOperation)state!).TryCancel(token), this);
        }
    }

    /// <summary>Claims the operation for a batch; false when its caller already cancelled it.</summary>
    public bool TryTake()
    {
        if (Interlocked.CompareExchange(ref _state, Taken, Queued) != Queued)
        {
            return false;
        }

        _cancellation.Unregister();
        return true;
    }

    /// <summary>Completes the operation with the row's new version; null, after a delete, completes it with "".</summary>
    public void Succeed(long? version)
    {
        Debug.Assert(Volatile.Read(ref _state) == Taken, "Only a taken operation is completed by the loop.");
        Debug.Assert(version is not null || Kind == GrainStorageOperationKind.Delete, "A write or clear leaves a version.");
        var completed = _completion.TrySetResult(version?.ToString(CultureInfo.InvariantCulture) ?? "");
        Debug.Assert(completed, "An operation is completed once.");
    }

    /// <summary>Fails the operation with a version conflict.</summary>
    /// <param name="storedEtag">The stored version when known; null when no row exists or it is not known.</param>
    /// <param name="storedDescription">The stored version as the message shows it: a number, "none" or "unknown".</param>
    public void Conflict(string? storedEtag, string storedDescription)
        => Fail(new InconsistentStateException(
            $"State '{StateName}' of grain {GrainId} was written by someone else: stored version {storedDescription}, expected {ExpectedEtag ?? "none"}.",
            storedEtag,
            ExpectedEtag));

    public void Fail(Exception exception)
    {
        Debug.Assert(Volatile.Read(ref _state) == Taken, "Only a taken operation is completed by the loop.");
        var completed = _completion.TrySetException(exception);
        Debug.Assert(completed, "An operation is completed once.");
    }

    /// <summary>
    /// Fails the operation unless it is already completed. Only for the loop's last-resort guard, where a bug may
    /// have left some operations of a batch completed and others not.
    /// </summary>
    public void FailIfPending(Exception exception) => _completion.TrySetException(exception);

    private void TryCancel(CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued)
        {
            _completion.TrySetCanceled(cancellationToken);
        }
    }
}
