using BenchmarkDotNet.Attributes;
using Routing.Benchmarks.Grains;

namespace Routing.Benchmarks;

/// <summary>
/// Orleans' ping benchmarks on our runtime, in process: the cost of a grain call alone (proxy, message, scheduling,
/// turn, response). Targets on a 2-core machine: SequentialPing ≤ 5 µs per call; ConcurrentPing ≥ 300,000 calls/s.
/// </summary>
[MemoryDiagnoser]
public class PingBenchmarks
{
    private const int Grains = 1_000;
    private const int Callers = 100;
    private const int CallsPerCaller = 100;

    private BenchmarkSilo? _silo;
    private IBenchmarkPingGrain[] _grains = [];

    /// <summary>Starts the silo and activates every grain, so activation is not measured.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _silo = await BenchmarkSilo.StartAsync();
        _grains = [.. Enumerable.Range(0, Grains).Select(i => _silo.GrainFactory.GetGrain<IBenchmarkPingGrain>(i))];
        foreach (var grain in _grains)
        {
            await grain.Ping();
        }
    }

    /// <summary>Stops the silo.</summary>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }

    /// <summary>One caller, one grain, one call at a time: the latency of a call.</summary>
    [Benchmark]
    public ValueTask SequentialPing() => _grains[0].Ping();

    /// <summary>
    /// 100 concurrent callers over 1,000 grains, 10,000 calls per operation: the throughput of the runtime. Calls per
    /// second = 1e9 / (reported mean in ns).
    /// </summary>
    [Benchmark(OperationsPerInvoke = Callers * CallsPerCaller)]
    public Task ConcurrentPing() => Task.WhenAll(Enumerable.Range(0, Callers).Select(CallerAsync));

    private async Task CallerAsync(int caller)
    {
        for (var call = 0; call < CallsPerCaller; call++)
        {
            await _grains[(caller * CallsPerCaller + call) % Grains].Ping();
        }
    }
}
