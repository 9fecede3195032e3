using System.Data.Common;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Routing.Runtime.PostgreSql;

/// <summary>
/// The database the PostgreSQL providers share: one <see cref="NpgsqlDataSource"/> (connection pool) built from
/// <see cref="PostgreSqlStorageOptions"/>, and the schema that holds their tables.
/// </summary>
/// <remarks>
/// <para>
/// Registered once per silo and disposed by the service provider, after the providers that use it have stopped.
/// </para>
/// <para>
/// Unless the connection string sets <c>Max Auto Prepare</c>, the data source prepares up to
/// <see cref="AutoPrepareStatements"/> statements per connection automatically. Set <c>Max Auto Prepare=0</c> behind a
/// pooler that cannot keep prepared statements.
/// </para>
/// </remarks>
public sealed class PostgreSqlDatabase : IAsyncDisposable, IDisposable
{
    /// <summary>How many statements each connection keeps prepared unless the connection string says otherwise.</summary>
    public const int AutoPrepareStatements = 16;

    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private readonly ILogger _logger;
    private volatile bool _schemaReady;

    /// <summary>Creates the data source; opens no connection yet.</summary>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public PostgreSqlDatabase(IOptions<PostgreSqlStorageOptions> options, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var settings = options.Value;

        // The schema name is spliced into SQL text, so it is checked here too, not only by ValidateOnStart.
        var validation = new PostgreSqlStorageOptionsValidator().Validate(Options.DefaultName, settings);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(PostgreSqlStorageOptions), validation.Failures);
        }

        var builder = new NpgsqlDataSourceBuilder(settings.ConnectionString);
        if (settings.CommandTimeout is { } timeout)
        {
            builder.ConnectionStringBuilder.CommandTimeout = (int)Math.Ceiling(timeout.TotalSeconds);
        }

        // Every batch repeats the same two statements; planning them afresh each time cost more than executing them
        // (measured: about 4x fewer writes per second), so automatic preparation is on unless the string decides.
        if (!MentionsAutoPrepare(settings.ConnectionString!))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = AutoPrepareStatements;
            builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        }

        builder.UseLoggerFactory(loggerFactory);
        DataSource = builder.Build();
        _logger = loggerFactory.CreateLogger<PostgreSqlDatabase>();
        Schema = settings.Schema;
        GrainStateTable = $"\"{Schema}\".grain_state";
        ReminderTable = $"\"{Schema}\".reminders";
        EventTable = $"\"{Schema}\".events";
    }

    /// <summary>The schema that holds the tables.</summary>
    public string Schema { get; }

    /// <summary>The shared connection pool.</summary>
    internal NpgsqlDataSource DataSource { get; }

    /// <summary>The schema-qualified grain state table.</summary>
    internal string GrainStateTable { get; }

    /// <summary>The schema-qualified reminder table.</summary>
    internal string ReminderTable { get; }

    /// <summary>The schema-qualified event journal table.</summary>
    internal string EventTable { get; }

    /// <summary>Runs <c>SELECT 1</c>: true when the database answers (for readiness checks).</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand("SELECT 1");
        return await command.ExecuteScalarAsync(cancellationToken) is 1;
    }

    /// <summary>
    /// Creates the schema and the providers' tables when missing. Idempotent, and safe when several silos start at once
    /// against the same database: the DDL runs in one transaction under an advisory lock. Runs once per instance.
    /// </summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                await CreateSchemaAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                PostgreSqlLog.SchemaCreationFailed(_logger, exception, Schema);
                throw;
            }

            _schemaReady = true;
            PostgreSqlLog.SchemaReady(_logger, Schema, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        _schemaGate.Dispose();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        DataSource.Dispose();
        _schemaGate.Dispose();
    }

    private static bool MentionsAutoPrepare(string connectionString)
    {
        var keys = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>();
        return keys.Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase));
    }

    private async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(PostgreSqlSchemaScript.Create(Schema, GrainStateTable, ReminderTable, EventTable), connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
