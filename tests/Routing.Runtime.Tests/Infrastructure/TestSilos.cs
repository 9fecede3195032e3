using Routing.Runtime.Testing;

namespace Routing.Runtime.Tests.Infrastructure;

/// <summary>Starts silos hosting the test grains.</summary>
public static class TestSilos
{
    public static Task<InProcessSilo> StartAsync(Action<InProcessSiloOptions>? configure = null)
        => InProcessSilo.StartAsync(options =>
        {
            options.GrainAssemblies.Add(typeof(TestSilos).Assembly);
            configure?.Invoke(options);
        });

    /// <summary>A unique key per test, so tests sharing a silo never share a grain.</summary>
    public static string NewKey(string prefix = "g") => $"{prefix}-{Guid.NewGuid():N}";
}
