using Routing.Runtime;

namespace Routing.Benchmarks.Grains;

/// <summary>The ping grain.</summary>
public sealed class BenchmarkPingGrain : Grain, IBenchmarkPingGrain
{
    /// <inheritdoc />
    public ValueTask Ping() => ValueTask.CompletedTask;
}
