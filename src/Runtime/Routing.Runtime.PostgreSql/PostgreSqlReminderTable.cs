using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Options;
using Npgsql;
using Routing.Runtime.Hosting;
using Routing.Runtime.Reminders;

namespace Routing.Runtime.PostgreSql;

/// <summary>
/// Durable reminders in PostgreSQL, one row per (service id, grain type, grain key, reminder name) with a version
/// that every upsert changes.
/// </summary>
/// <remarks>
/// Versions come from one sequence, so they never repeat: a remove holding a version read before the row was removed
/// and added again cannot remove the new row.
/// </remarks>
public sealed class PostgreSqlReminderTable : IReminderTable, ISiloLifecycleParticipant
{
    private const string Columns = "grain_type, grain_key, reminder_name, start_at, period, version";

    private readonly PostgreSqlDatabase _database;
    private readonly string _serviceId;
    private readonly string _readAllSql;
    private readonly string _readRowsSql;
    private readonly string _readRowSql;
    private readonly string _upsertSql;
    private readonly string _removeSql;

    /// <summary>Creates the table provider; the schema is created by <see cref="OnStartAsync"/>.</summary>
    public PostgreSqlReminderTable(PostgreSqlDatabase database, IOptions<SiloOptions> siloOptions)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(siloOptions);
        _database = database;
        _serviceId = siloOptions.Value.ServiceId;
        var table = database.ReminderTable;
        _readAllSql = $"SELECT {Columns} FROM {table} WHERE service_id = $1";
        _readRowsSql = $"SELECT {Columns} FROM {table} WHERE service_id = $1 AND grain_type = $2 AND grain_key = $3";
        _readRowSql = $"SELECT {Columns} FROM {table} WHERE service_id = $1 AND grain_type = $2 AND grain_key = $3 AND reminder_name = $4";
        _upsertSql = $"""
            INSERT INTO {table} AS r (service_id, grain_type, grain_key, reminder_name, start_at, period, version)
            VALUES ($1, $2, $3, $4, $5, $6, nextval('"{database.Schema}".reminder_versions'))
            ON CONFLICT (service_id, grain_type, grain_key, reminder_name)
            DO UPDATE SET start_at = excluded.start_at, period = excluded.period, version = nextval('"{database.Schema}".reminder_versions')
            RETURNING version
            """;
        _removeSql = $"DELETE FROM {table} WHERE service_id = $1 AND grain_type = $2 AND grain_key = $3 AND reminder_name = $4 AND version = $5";
    }

    /// <inheritdoc />
    public int Stage => SiloLifecycleStage.Storage;

    /// <summary>Creates the schema when missing.</summary>
    public Task OnStartAsync(CancellationToken cancellationToken) => _database.EnsureSchemaAsync(cancellationToken);

    /// <inheritdoc />
    public Task OnStopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var command = _database.DataSource.CreateCommand(_readAllSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _serviceId });
        return await ReadEntriesAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReminderEntry>> ReadRowsAsync(GrainId grainId, CancellationToken cancellationToken)
    {
        await using var command = _database.DataSource.CreateCommand(_readRowsSql);
        AddGrain(command, grainId);
        return await ReadEntriesAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ReminderEntry?> ReadRowAsync(GrainId grainId, string reminderName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminderName);
        await using var command = _database.DataSource.CreateCommand(_readRowSql);
        AddGrain(command, grainId);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = reminderName });
        var rows = await ReadEntriesAsync(command, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc />
    public async Task<string> UpsertRowAsync(ReminderEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var command = _database.DataSource.CreateCommand(_upsertSql);
        AddGrain(command, entry.GrainId);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.ReminderName });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = entry.StartAt.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = entry.Period });
        var version = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return version.ToString(CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public async Task<bool> RemoveRowAsync(GrainId grainId, string reminderName, string etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminderName);
        if (!long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        await using var command = _database.DataSource.CreateCommand(_removeSql);
        AddGrain(command, grainId);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = reminderName });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = version });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private void AddGrain(NpgsqlCommand command, GrainId grainId)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _serviceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainId.Type });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainId.Key });
    }

    private static async Task<IReadOnlyList<ReminderEntry>> ReadEntriesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<ReminderEntry>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new ReminderEntry(
                new GrainId(reader.GetString(0), reader.GetString(1)),
                reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetFieldValue<TimeSpan>(4),
                reader.GetInt64(5).ToString(CultureInfo.InvariantCulture)));
        }

        return entries;
    }
}
