using Routing.Runtime;

namespace Routing.Benchmarks.Grains;

/// <summary>The grain Orleans' ping benchmarks use: a call that does nothing, to measure the runtime alone.</summary>
public interface IBenchmarkPingGrain : IGrainWithIntegerKey
{
    /// <summary>Returns at once.</summary>
    ValueTask Ping();
}
