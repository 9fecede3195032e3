using System.Globalization;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Routing.Runtime.Hosting;

namespace Routing.Runtime.PostgreSql;

/// <summary>
/// The event journal in PostgreSQL, one row per (service id, stream id, sequence). An append is one statement, so one
/// round trip and one transaction: it checks the stream's version and inserts all its entries, or inserts nothing.
/// </summary>
/// <remarks>
/// <para>
/// The statement inserts only when the highest stored sequence equals the expected version, so a stale writer and a
/// writer that would leave a gap are both rejected. Two writers that pass that check at once insert the same first
/// sequence; the primary key makes the second wait for the first and then fail with a unique violation. Both cases
/// surface as <see cref="InconsistentStateException"/>.
/// </para>
/// <para>
/// Payloads must be valid JSON: PostgreSQL rejects anything else, failing the whole append with a
/// <see cref="PostgresException"/>. They come back as PostgreSQL normalizes <c>jsonb</c>: same JSON value, but
/// whitespace and key order may differ from what was written. <see cref="JournalEntry.OccurredAt"/> comes back in
/// UTC, with microsecond precision. An append whose token is cancelled after it was sent may or may not have been
/// applied: re-read the stream.
/// </para>
/// </remarks>
public sealed class PostgreSqlEventJournal : IEventJournal, ISiloLifecycleParticipant
{
    private readonly PostgreSqlDatabase _database;
    private readonly string _serviceId;
    private readonly string _appendSql;
    private readonly string _readSql;

    /// <summary>Creates the journal; the schema is created by <see cref="OnStartAsync"/>.</summary>
    public PostgreSqlEventJournal(PostgreSqlDatabase database, IOptions<SiloOptions> siloOptions)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(siloOptions);
        _database = database;
        _serviceId = siloOptions.Value.ServiceId;
        var table = database.EventTable;

        // Returns one row: the stream's version as of the statement's snapshot, and how many entries were inserted
        // (all or none). The max() is one backward scan of the primary key.
        _appendSql = $"""
            WITH stored AS (
                SELECT coalesce(max(sequence), 0) AS version FROM {table} WHERE service_id = $1 AND stream_id = $2),
            appended AS (
                INSERT INTO {table} (service_id, stream_id, sequence, event_type, payload, occurred_at)
                SELECT $1, $2, $3 + e.n, e.event_type, e.payload, e.occurred_at
                FROM stored, unnest($4::text[], $5::jsonb[], $6::timestamptz[]) WITH ORDINALITY AS e(event_type, payload, occurred_at, n)
                WHERE stored.version = $3
                RETURNING 1)
            SELECT stored.version, (SELECT count(*) FROM appended) FROM stored
            """;
        _readSql = $"""
            SELECT sequence, event_type, payload, occurred_at FROM {table}
            WHERE service_id = $1 AND stream_id = $2 AND sequence > $3
            ORDER BY sequence
            """;
    }

    /// <inheritdoc />
    public int Stage => SiloLifecycleStage.Storage;

    /// <summary>Creates the schema when missing.</summary>
    public Task OnStartAsync(CancellationToken cancellationToken) => _database.EnsureSchemaAsync(cancellationToken);

    /// <inheritdoc />
    public Task OnStopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<JournalEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streamId);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("An append needs at least one event.", nameof(events));
        }

        var eventTypes = new string[events.Count];
        var payloads = new ReadOnlyMemory<byte>[events.Count];
        var occurredAt = new DateTimeOffset[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var journalEvent = events[i] ?? throw new ArgumentException($"Event {i} is null.", nameof(events));
            ArgumentNullException.ThrowIfNull(journalEvent.EventType, nameof(events));
            eventTypes[i] = journalEvent.EventType;
            payloads[i] = journalEvent.Payload;
            occurredAt[i] = journalEvent.OccurredAt.ToUniversalTime();
        }

        await using var command = _database.DataSource.CreateCommand(_appendSql);
        AddStream(command, streamId, expectedVersion);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = eventTypes });
        command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb, TypedValue = payloads });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = occurredAt });

        long stored;
        long appended;
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new InvalidOperationException("The append statement returned no row; it always returns one.");
            }

            stored = reader.GetInt64(0);
            appended = reader.GetInt64(1);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Another writer passed the same version check and committed first; its version is not known here.
            throw new InconsistentStateException(
                $"Stream '{streamId}' of service '{_serviceId}' was appended to by someone else after version {expectedVersion}. Re-read it and decide again.",
                storedEtag: null,
                expectedVersion.ToString(CultureInfo.InvariantCulture));
        }

        if (appended != events.Count)
        {
            throw new InconsistentStateException(
                $"Stream '{streamId}' of service '{_serviceId}' is at version {stored}, not the expected {expectedVersion}. Re-read it and decide again.",
                stored.ToString(CultureInfo.InvariantCulture),
                expectedVersion.ToString(CultureInfo.InvariantCulture));
        }

        return expectedVersion + appended;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JournalEntry>> ReadAsync(string streamId, long afterVersion = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streamId);
        ArgumentOutOfRangeException.ThrowIfNegative(afterVersion);
        await using var command = _database.DataSource.CreateCommand(_readSql);
        AddStream(command, streamId, afterVersion);
        var entries = new List<JournalEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new JournalEntry(
                streamId,
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetFieldValue<byte[]>(2),
                reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return entries;
    }

    // Parameters $1 to $3: the service, the stream and a version.
    private void AddStream(NpgsqlCommand command, string streamId, long version)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _serviceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = version });
    }
}
