using System.Diagnostics;
using Npgsql;

namespace Routing.Runtime.PostgreSql;

public sealed partial class PostgreSqlGrainStorage
{
    // Batches in flight at once lock their rows in this one order, so two batches cannot deadlock each other. The
    // sequence keeps operations on the same row in queue order.
    private static readonly Comparison<GrainStorageOperation> s_lockOrder = static (left, right) =>
    {
        var order = string.CompareOrdinal(left.GrainId.Type, right.GrainId.Type);
        if (order == 0)
        {
            order = string.CompareOrdinal(left.GrainId.Key, right.GrainId.Key);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(left.StateName, right.StateName);
        }

        return order != 0 ? order : left.Sequence.CompareTo(right.Sequence);
    };

    private long _committedBatches;
    private long _committedOperations;
    private long _fallbackBatches;

    /// <summary>Batches committed in one round trip so far.</summary>
    internal long CommittedBatches => Interlocked.Read(ref _committedBatches);

    /// <summary>Operations those batches held.</summary>
    internal long CommittedOperations => Interlocked.Read(ref _committedOperations);

    /// <summary>Batches that failed as a whole and were retried one operation at a time.</summary>
    internal long FallbackBatches => Interlocked.Read(ref _fallbackBatches);

    /// <summary>Test seam: called with the operation count just before a batch is sent.</summary>
    internal Action<int>? BatchSending { get; set; }

    private async Task RunLoopAsync(CancellationToken abort)
    {
        var reader = _queue.Reader;
        var batch = new List<GrainStorageOperation>(_maxBatchSize);
        try
        {
            while (await reader.WaitToReadAsync(abort))
            {
                while (batch.Count < _maxBatchSize && !abort.IsCancellationRequested && reader.TryRead(out var operation))
                {
                    if (operation.TryTake())
                    {
                        batch.Add(operation);
                    }
                }

                if (batch.Count == 0)
                {
                    continue;
                }

                try
                {
                    await CommitAsync(batch, abort);
                }
                catch (Exception exception)
                {
                    // CommitAsync completes every operation itself; this guard only keeps a bug from hanging callers
                    // or ending the loop.
                    PostgreSqlLog.GroupCommitLoopError(_logger, exception);
                    foreach (var operation in batch)
                    {
                        operation.FailIfPending(exception);
                    }
                }
                finally
                {
                    batch.Clear();
                }
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // Stopping: OnStopAsync fails whatever is still queued.
        }
    }

    private async Task CommitAsync(List<GrainStorageOperation> batch, CancellationToken abort)
    {
        batch.Sort(s_lockOrder);
        var started = Stopwatch.GetTimestamp();
        GrainStorageOutcome[] outcomes;
        try
        {
            outcomes = await ExecuteAsync(batch, abort);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            AbandonInFlight(batch, 0);
            return;
        }
        catch (Exception exception) when (batch.Count > 1)
        {
            // The batch ran as one implicit transaction, so nothing of it was committed unless the connection broke
            // after the commit; in that case the version guard turns each retry into a conflict, not a second write.
            PostgreSqlLog.BatchFailedFallingBack(_logger, exception, batch.Count);
            Interlocked.Increment(ref _fallbackBatches);
            await ExecuteOneByOneAsync(batch, abort);
            return;
        }
        catch (Exception exception)
        {
            batch[0].Fail(exception);
            return;
        }

        Interlocked.Increment(ref _committedBatches);
        Interlocked.Add(ref _committedOperations, batch.Count);
        PostgreSqlLog.BatchCommitted(_logger, batch.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        for (var i = 0; i < batch.Count; i++)
        {
            GrainStateCommands.Complete(batch[i], outcomes[i]);
        }
    }

    private async Task ExecuteOneByOneAsync(List<GrainStorageOperation> batch, CancellationToken abort)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            var operation = batch[i];
            GrainStorageOutcome outcome;
            try
            {
                outcome = (await ExecuteAsync([operation], abort))[0];
            }
            catch (OperationCanceledException) when (abort.IsCancellationRequested)
            {
                AbandonInFlight(batch, i);
                return;
            }
            catch (Exception exception)
            {
                PostgreSqlLog.FallbackOperationFailed(_logger, exception, operation.Verb, operation.StateName, operation.GrainId);
                operation.Fail(exception);
                continue;
            }

            GrainStateCommands.Complete(operation, outcome);
        }
    }

    /// <summary>
    /// Sends the operations as one batch (one round trip, one implicit transaction) and returns their outcomes.
    /// Throws when any statement or the commit fails; then nothing of the batch was committed.
    /// </summary>
    private async Task<GrainStorageOutcome[]> ExecuteAsync(IReadOnlyList<GrainStorageOperation> operations, CancellationToken cancellationToken)
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var operation in operations)
        {
            batch.BatchCommands.Add(_commands.Create(operation, _serviceId));
        }

        var outcomes = new GrainStorageOutcome[operations.Count];
        BatchSending?.Invoke(operations.Count);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (i > 0 && !await reader.NextResultAsync(cancellationToken))
            {
                throw new InvalidOperationException($"A grain storage batch of {outcomes.Length} statements returned only {i} results.");
            }

            outcomes[i] = await GrainStateCommands.ReadOutcomeAsync(reader, cancellationToken);
        }

        // Read to the end, so an error in a later statement or in the commit surfaces here, before anyone is told.
        while (await reader.NextResultAsync(cancellationToken))
        {
        }

        return outcomes;
    }

    private void AbandonInFlight(List<GrainStorageOperation> batch, int from)
    {
        PostgreSqlLog.InFlightBatchAbandoned(_logger, batch.Count - from);
        for (var i = from; i < batch.Count; i++)
        {
            var operation = batch[i];
            operation.Fail(new InvalidOperationException(
                $"The PostgreSQL grain storage stopped while the {operation.Verb} of state '{operation.StateName}' of grain {operation.GrainId} was in flight; its outcome is unknown, so re-read the state."));
        }
    }

    private void FailQueued()
    {
        var count = 0;
        while (_queue.Reader.TryRead(out var operation))
        {
            if (operation.TryTake())
            {
                count++;
                operation.Fail(new InvalidOperationException(
                    $"The PostgreSQL grain storage stopped before the {operation.Verb} of state '{operation.StateName}' of grain {operation.GrainId} was sent; nothing was changed."));
            }
        }

        if (count > 0)
        {
            PostgreSqlLog.QueuedOperationsFailedOnStop(_logger, count);
        }
    }
}
