using Routing.Grains.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Routing.Grains.Tests.Invariants;

/// <summary>Thousands of random routing operations, with the invariants checked after every one.</summary>
public sealed class RoutingInvariantTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1111)]
    [InlineData(618)]
    [InlineData(20261123)]
    public async Task RandomOperations_InvariantsHoldAfterEveryStep_AndNothingIsStuck(int seed)
    {
        await using var harness = await RoutingHarness.StartAsync();
        var run = new RoutingModelRun(harness, seed);
        await run.SetupAsync();

        await run.RunAsync(steps: 1000);
        await run.DrainAsync();
        output.WriteLine(run.Summary);
    }

    [Fact]
    public async Task RandomOperations_OnPostgreSql_InvariantsHoldAcrossRealRestarts()
    {
        await using var harness = await RoutingHarness.StartOnPostgreSqlAsync();
        var run = new RoutingModelRun(harness, seed: 1212);
        await run.SetupAsync();

        await run.RunAsync(steps: 400);
        await run.DrainAsync();
        output.WriteLine(run.Summary);
    }
}
