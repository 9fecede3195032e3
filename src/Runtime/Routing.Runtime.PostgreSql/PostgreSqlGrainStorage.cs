using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Routing.Runtime.Hosting;
using Routing.Runtime.Storage;

namespace Routing.Runtime.PostgreSql;

/// <summary>
/// Grain state in PostgreSQL, one row per (service id, grain type, grain key, state name) with a version that every
/// write, clear and delete compares (and a write or clear increments). Writes, clears and deletes from all grains are
/// group-committed: queued, then sent in batches of up to <see cref="PostgreSqlStorageOptions.MaxBatchSize"/>
/// statements, one round trip and one transaction commit per batch. Reads go straight to the database.
/// </summary>
/// <remarks>
/// <para>
/// Operations on one row keep their queue order within a batch. A batch that fails as a whole (a broken connection,
/// an invalid payload) is retried one operation at a time, so each caller gets its own outcome. When a batch's
/// commit may have happened before its connection broke, the retry meets the new version and reports a conflict,
/// never a second write: the caller re-reads, as after any conflict.
/// </para>
/// <para>
/// A caller's cancellation token cancels an operation only while it is queued. Once sent, the operation runs to its
/// outcome, so the payload buffer must stay unchanged until the returned task completes.
/// </para>
/// <para>
/// Operations queued before <see cref="OnStartAsync"/> wait for it. <see cref="OnStopAsync"/> sends what is queued,
/// unless its token is cancelled first; then every operation not yet done fails with an
/// <see cref="InvalidOperationException"/>. Stored payloads come back as PostgreSQL normalizes <c>jsonb</c>: same
/// JSON value, but whitespace and key order may differ from what was written.
/// </para>
/// </remarks>
public sealed partial class PostgreSqlGrainStorage : IGrainStorage, ISiloLifecycleParticipant, IAsyncDisposable, IDisposable
{
    private readonly PostgreSqlDatabase _database;
    private readonly GrainStateCommands _commands;
    private readonly string _serviceId;
    private readonly int _maxBatchSize;
    private readonly int _loopCount;
    private readonly ILogger _logger;
    private readonly Channel<GrainStorageOperation> _queue;
    private readonly CancellationTokenSource _abort = new();
    private readonly Lock _lifecycleLock = new();
    private Task? _loops;
    private bool _stopped;
    private long _sequence;

    /// <summary>Creates the storage; nothing is sent before <see cref="OnStartAsync"/>.</summary>
    public PostgreSqlGrainStorage(
        PostgreSqlDatabase database,
        IOptions<PostgreSqlStorageOptions> options,
        IOptions<SiloOptions> siloOptions,
        ILogger<PostgreSqlGrainStorage> logger)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(siloOptions);
        ArgumentNullException.ThrowIfNull(logger);
        _database = database;
        _commands = new GrainStateCommands(database.GrainStateTable);
        _serviceId = siloOptions.Value.ServiceId;
        _maxBatchSize = options.Value.MaxBatchSize;
        _loopCount = options.Value.MaxConcurrentBatches;

        // Zero loops or zero-sized batches would leave every write queued forever.
        ArgumentOutOfRangeException.ThrowIfLessThan(_maxBatchSize, 1, "options.MaxBatchSize");
        ArgumentOutOfRangeException.ThrowIfLessThan(_loopCount, 1, "options.MaxConcurrentBatches");
        _logger = logger;
        _queue = Channel.CreateUnbounded<GrainStorageOperation>(new UnboundedChannelOptions
        {
            SingleReader = _loopCount == 1,
            SingleWriter = false,
            AllowSynchronousContinuations = false,
        });
    }

    /// <inheritdoc />
    public int Stage => SiloLifecycleStage.Storage;

    /// <inheritdoc />
    public async Task<StoredGrainState?> ReadAsync(GrainId grainId, string stateName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        await using var command = _database.DataSource.CreateCommand(_commands.ReadSql);
        GrainStateCommands.AddKey(command.Parameters, _serviceId, grainId, stateName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var version = reader.GetInt64(0);
        var payload = await reader.IsDBNullAsync(1, cancellationToken) ? null : reader.GetFieldValue<byte[]>(1);
        return new StoredGrainState(payload, version.ToString(CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<NamedGrainState>> ReadAllAsync(GrainId grainId, string stateNamePrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateNamePrefix);
        await using var command = _database.DataSource.CreateCommand(_commands.ReadAllSql);
        GrainStateCommands.AddKey(command.Parameters, _serviceId, grainId, stateNamePrefix);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<NamedGrainState>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var version = reader.GetInt64(1).ToString(CultureInfo.InvariantCulture);
            rows.Add(new NamedGrainState(reader.GetString(0), reader.GetFieldValue<byte[]>(2), version));
        }

        rows.Sort(static (left, right) => string.CompareOrdinal(left.StateName, right.StateName));
        return rows;
    }

    /// <inheritdoc />
    public Task<string> WriteAsync(GrainId grainId, string stateName, ReadOnlyMemory<byte> payload, string? expectedEtag, CancellationToken cancellationToken)
        => EnqueueAsync(GrainStorageOperationKind.Write, grainId, stateName, payload, expectedEtag, cancellationToken);

    /// <inheritdoc />
    public Task<string> ClearAsync(GrainId grainId, string stateName, string? expectedEtag, CancellationToken cancellationToken)
        => EnqueueAsync(GrainStorageOperationKind.Clear, grainId, stateName, payload: null, expectedEtag, cancellationToken);

    /// <inheritdoc />
    public Task DeleteAsync(GrainId grainId, string stateName, string? expectedEtag, CancellationToken cancellationToken)
        => EnqueueAsync(GrainStorageOperationKind.Delete, grainId, stateName, payload: null, expectedEtag, cancellationToken);

    /// <summary>Creates the schema when missing, then starts the group commit loops.</summary>
    public async Task OnStartAsync(CancellationToken cancellationToken)
    {
        await _database.EnsureSchemaAsync(cancellationToken);
        lock (_lifecycleLock)
        {
            if (_stopped)
            {
                throw new InvalidOperationException("The PostgreSQL grain storage was stopped and cannot start again.");
            }

            if (_loops is not null)
            {
                return;
            }

            var loops = new Task[_loopCount];
            for (var i = 0; i < loops.Length; i++)
            {
                loops[i] = Task.Run(() => RunLoopAsync(_abort.Token), CancellationToken.None);
            }

            _loops = Task.WhenAll(loops);
        }

        PostgreSqlLog.GroupCommitStarted(_logger, _loopCount, _maxBatchSize);
    }

    /// <summary>
    /// Stops taking operations and sends the ones already queued. If <paramref name="cancellationToken"/> is cancelled
    /// first, the batches in flight are cancelled and everything not yet done fails.
    /// </summary>
    public async Task OnStopAsync(CancellationToken cancellationToken)
    {
        Task? loops;
        lock (_lifecycleLock)
        {
            _stopped = true;
            loops = _loops;
        }

        _queue.Writer.TryComplete();
        if (loops is not null)
        {
            try
            {
                await loops.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await _abort.CancelAsync();
                await loops;
            }
        }

        FailQueued();
        PostgreSqlLog.GroupCommitStopped(_logger, Interlocked.Read(ref _committedBatches), Interlocked.Read(ref _committedOperations));
    }

    /// <summary>Stops at once, as <see cref="OnStopAsync"/> with a cancelled token, if it was not stopped before.</summary>
    public async ValueTask DisposeAsync()
    {
        bool stopped;
        lock (_lifecycleLock)
        {
            stopped = _stopped && (_loops is null || _loops.IsCompleted);
        }

        if (!stopped)
        {
            await OnStopAsync(new CancellationToken(canceled: true));
        }

        _abort.Dispose();
    }

    /// <summary>
    /// As <see cref="DisposeAsync"/>, for containers disposed synchronously. It blocks only until the batches in
    /// flight are cancelled.
    /// </summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private Task<string> EnqueueAsync(GrainStorageOperationKind kind, GrainId grainId, string stateName, ReadOnlyMemory<byte>? payload, string? expectedEtag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<string>(cancellationToken);
        }

        long? expectedVersion = null;
        if (expectedEtag is not null)
        {
            if (!long.TryParse(expectedEtag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                return Task.FromException<string>(new InconsistentStateException(
                    $"State '{stateName}' of grain {grainId}: '{expectedEtag}' is not a version this store wrote.", storedEtag: null, expectedEtag));
            }

            expectedVersion = version;
        }

        var operation = new GrainStorageOperation(Interlocked.Increment(ref _sequence), kind, grainId, stateName, payload, expectedVersion, expectedEtag);
        operation.CancelWhileQueued(cancellationToken);
        if (!_queue.Writer.TryWrite(operation) && operation.TryTake())
        {
            operation.Fail(new InvalidOperationException(
                $"The PostgreSQL grain storage is stopped; the {operation.Verb} of state '{stateName}' of grain {grainId} was not sent."));
        }

        return operation.Completion;
    }
}
