using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Routing.Runtime;
using Routing.Runtime.Hosting;
using Routing.Runtime.PostgreSql;

namespace Routing.Benchmarks;

/// <summary>
/// PostgreSQL grain storage throughput: 100 grains writing at once, as a busy silo does, against the server named by
/// <c>ROUTING_TEST_POSTGRES</c>. Each grain writes with its current etag, so every write is a real version bump.
/// </summary>
/// <remarks>
/// Run: <c>cd tests/Routing.Benchmarks &amp;&amp; dotnet run -c Release -- --filter '*GrainStorage*'</c>. The cleanup
/// prints the batch sizes the group commit reached. With 100 writers one batch usually holds the whole queue, so
/// extra batches in flight add little; with 1000 (the backlog case) a second batch in flight pays off.
/// </remarks>
[MemoryDiagnoser]
[OperationsPerSecond]
public class GrainStorageBenchmarks
{
    private const int Grains = 100;
    private const int BacklogGrains = 1000;
    private const string StateName = "state";

    private readonly byte[] _payload = Encoding.UTF8.GetBytes(
        """{"conversationId":"6f1c2b9e8d7a4c3b","queue":"billing","status":"waiting","priority":2,"skills":["billing","en"],"enqueuedAt":"2026-11-22T10:30:00Z","agentId":null,"transfers":0,"notes":"customer asked about an invoice"}""");

    private PostgreSqlDatabase? _database;
    private PostgreSqlGrainStorage? _storage;
    private GrainId[] _grains = [];
    private string[] _etags = [];
    private string _serviceId = "";

    /// <summary>How many batches may be in flight at once.</summary>
    [Params(1, 2, 4)]
    public int MaxConcurrentBatches { get; set; }

    // Setup and cleanup block: BenchmarkDotNet's validators call them without awaiting a returned task.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable("ROUTING_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Set ROUTING_TEST_POSTGRES to an Npgsql connection string of a throwaway database.");
        }

        var options = new PostgreSqlStorageOptions { ConnectionString = connectionString, MaxConcurrentBatches = MaxConcurrentBatches };
        _serviceId = $"bench-{Guid.NewGuid():N}";
        _database = new PostgreSqlDatabase(Options.Create(options), NullLoggerFactory.Instance);
        _storage = new PostgreSqlGrainStorage(_database, Options.Create(options), Options.Create(new SiloOptions { ServiceId = _serviceId }), NullLogger<PostgreSqlGrainStorage>.Instance);
        await _storage.OnStartAsync(CancellationToken.None);
        _grains = [.. Enumerable.Range(0, BacklogGrains).Select(i => new GrainId("conversation", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        _etags = await Task.WhenAll(_grains.Select(grain => _storage.WriteAsync(grain, StateName, _payload, null, CancellationToken.None)));
    }

    /// <summary>One operation is one state write; an invocation is 100 grains writing at once.</summary>
    [Benchmark(OperationsPerInvoke = Grains)]
    public Task ConcurrentWrites() => WriteConcurrentlyAsync(Grains);

    /// <summary>1000 grains writing at once: more than one batch is queued, so batches in flight can overlap.</summary>
    [Benchmark(OperationsPerInvoke = BacklogGrains)]
    public Task ConcurrentWritesBacklog() => WriteConcurrentlyAsync(BacklogGrains);

    /// <summary>One grain writing alone: the latency of one group commit (round trip plus commit).</summary>
    [Benchmark]
    public Task SequentialWrite() => WriteAsync(0);

    private async Task CleanupAsync()
    {
        if (_storage is not null)
        {
            await _storage.OnStopAsync(CancellationToken.None);
            Console.WriteLine($"// group commit: {_storage.CommittedOperations} writes in {_storage.CommittedBatches} batches, {(double)_storage.CommittedOperations / Math.Max(1, _storage.CommittedBatches):F1} per batch");
            await _storage.DisposeAsync();
        }

        if (_database is not null)
        {
            await using (var command = _database.DataSource.CreateCommand($"DELETE FROM \"{_database.Schema}\".grain_state WHERE service_id = $1"))
            {
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _serviceId });
                await command.ExecuteNonQueryAsync();
            }

            await _database.DisposeAsync();
        }
    }

    private Task WriteConcurrentlyAsync(int grains)
    {
        var writes = new Task[grains];
        for (var i = 0; i < grains; i++)
        {
            writes[i] = WriteAsync(i);
        }

        return Task.WhenAll(writes);
    }

    private async Task WriteAsync(int grain)
        => _etags[grain] = await _storage!.WriteAsync(_grains[grain], StateName, _payload, _etags[grain], CancellationToken.None);
}
