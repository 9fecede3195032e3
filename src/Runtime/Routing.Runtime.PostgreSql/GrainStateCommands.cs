using System.Data.Common;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Routing.Runtime.PostgreSql;

/// <summary>The SQL of the grain state table, and how an operation's result row becomes its outcome.</summary>
internal sealed class GrainStateCommands
{
    private const string GrainPredicate = "service_id = $1 AND grain_type = $2 AND grain_key = $3";
    private const string KeyPredicate = GrainPredicate + " AND state_name = $4";

    // Each statement returns one row (applied, version): the new version when applied (null after a delete), otherwise
    // the stored version as of the statement's snapshot, or no row when the snapshot holds no row. The snapshot cannot
    // see a row committed concurrently by another batch, so a conflict's stored version is a hint for messages, not a
    // fact to decide on.
    private readonly string _insertSql;
    private readonly string _updateSql;
    private readonly string _deleteSql;

    // A delete that expects no row has nothing to remove: it only checks, in its snapshot, that there is none. A row
    // committed concurrently by another batch may be missed; the delete then took effect before that insert.
    private readonly string _deleteAbsentSql;

    public GrainStateCommands(string table)
    {
        ReadSql = $"SELECT version, payload FROM {table} WHERE {KeyPredicate}";
        _insertSql = $"""
            WITH written AS (
                INSERT INTO {table} (service_id, grain_type, grain_key, state_name, version, payload, modified_at)
                VALUES ($1, $2, $3, $4, 1, $5, now())
                ON CONFLICT (service_id, grain_type, grain_key, state_name) DO NOTHING
                RETURNING version)
            SELECT true, version FROM written
            UNION ALL
            SELECT false, version FROM {table} WHERE {KeyPredicate} AND NOT EXISTS (SELECT 1 FROM written)
            """;
        _updateSql = $"""
            WITH written AS (
                UPDATE {table} SET version = version + 1, payload = $5, modified_at = now()
                WHERE {KeyPredicate} AND version = $6
                RETURNING version)
            SELECT true, version FROM written
            UNION ALL
            SELECT false, version FROM {table} WHERE {KeyPredicate} AND NOT EXISTS (SELECT 1 FROM written)
            """;
        _deleteSql = $"""
            WITH deleted AS (
                DELETE FROM {table}
                WHERE {KeyPredicate} AND version = $5
                RETURNING version)
            SELECT true, NULL::bigint FROM deleted
            UNION ALL
            SELECT false, version FROM {table} WHERE {KeyPredicate} AND NOT EXISTS (SELECT 1 FROM deleted)
            """;
        _deleteAbsentSql = $"SELECT count(*) = 0, max(version) FROM {table} WHERE {KeyPredicate}";

        // starts_with, not LIKE: the prefix needs no escaping. No ORDER BY: the contract's order is ordinal, which the
        // database's collation need not match, and ordering by state_name COLLATE "C" here would make the server sort
        // a large grain's payloads (past work_mem, on disk). The caller sorts the names instead.
        ReadAllSql = $"SELECT state_name, version, payload FROM {table} WHERE {GrainPredicate} AND starts_with(state_name, $4) AND payload IS NOT NULL";
    }

    /// <summary>Reads (version, payload) of one row; parameters as <see cref="AddKey"/>.</summary>
    public string ReadSql { get; }

    /// <summary>
    /// Reads (state name, version, payload) of one grain's rows that have a payload and a state name starting with
    /// parameter $4, in no particular order; parameters as <see cref="AddKey"/>, with the prefix as the state name.
    /// </summary>
    public string ReadAllSql { get; }

    /// <summary>Adds the row key as parameters $1 to $4.</summary>
    public static void AddKey(NpgsqlParameterCollection parameters, string serviceId, GrainId grainId, string stateName)
    {
        parameters.Add(new NpgsqlParameter<string> { TypedValue = serviceId });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = grainId.Type });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = grainId.Key });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = stateName });
    }

    /// <summary>The guarded insert, update or delete that carries out <paramref name="operation"/>.</summary>
    public NpgsqlBatchCommand Create(GrainStorageOperation operation, string serviceId)
    {
        if (operation.Kind == GrainStorageOperationKind.Delete)
        {
            return CreateDelete(operation, serviceId);
        }

        var command = new NpgsqlBatchCommand(operation.ExpectedVersion is null ? _insertSql : _updateSql);
        AddKey(command.Parameters, serviceId, operation.GrainId, operation.StateName);
        command.Parameters.Add(operation.Payload is { } payload
            ? new NpgsqlParameter<ReadOnlyMemory<byte>> { NpgsqlDbType = NpgsqlDbType.Jsonb, TypedValue = payload }
            : new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = DBNull.Value });
        if (operation.ExpectedVersion is { } expected)
        {
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = expected });
        }

        return command;
    }

    private NpgsqlBatchCommand CreateDelete(GrainStorageOperation operation, string serviceId)
    {
        var command = new NpgsqlBatchCommand(operation.ExpectedVersion is null ? _deleteAbsentSql : _deleteSql);
        AddKey(command.Parameters, serviceId, operation.GrainId, operation.StateName);
        if (operation.ExpectedVersion is { } expected)
        {
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = expected });
        }

        return command;
    }

    /// <summary>Reads the current result set of a statement made by <see cref="Create"/>.</summary>
    public static async Task<GrainStorageOutcome> ReadOutcomeAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        if (!await reader.ReadAsync(cancellationToken))
        {
            return GrainStorageOutcome.NoRow;
        }

        return new GrainStorageOutcome(reader.GetBoolean(0), await reader.IsDBNullAsync(1, cancellationToken) ? null : reader.GetInt64(1));
    }

    /// <summary>Completes <paramref name="operation"/> with its outcome.</summary>
    public static void Complete(GrainStorageOperation operation, GrainStorageOutcome outcome)
    {
        if (outcome.Applied)
        {
            operation.Succeed(outcome.Version);
        }
        else if (outcome.Version is not { } stored)
        {
            // An insert conflicts only with an existing row, so no visible row means one committed concurrently. (A delete
            // that expects no row always returns one, so it never lands here.)
            operation.Conflict(storedEtag: null, operation.ExpectedVersion is null ? "unknown" : "none");
        }
        else if (stored == operation.ExpectedVersion)
        {
            // The snapshot still shows the expected version, so a concurrent batch changed the row after it.
            operation.Conflict(storedEtag: null, "unknown");
        }
        else
        {
            var etag = stored.ToString(CultureInfo.InvariantCulture);
            operation.Conflict(etag, etag);
        }
    }
}
