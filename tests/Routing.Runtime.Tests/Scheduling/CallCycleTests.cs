using Routing.Runtime.Tests.Infrastructure;
using Routing.Runtime.Tests.TestGrains;

namespace Routing.Runtime.Tests.Scheduling;

public sealed class CallCycleTests
{
    [Fact]
    public async Task Start_NonReentrantCycle_TimesOutNamingGrainAndMethod()
    {
        await using var silo = await TestSilos.StartAsync(options => options.Configuration["Routing:Messaging:CallTimeout"] = "00:00:05");
        var a = TestSilos.NewKey("a");
        var b = TestSilos.NewKey("b");

        var call = silo.GrainFactory.GetGrain<ICycleGrain>(a).Start(b);
        // B is now calling back into A, which is busy awaiting B: a deadlock only the timeout breaks.
        await Signals.WaitAsync($"cycle-callback-{a}");
        silo.TimeProvider.Advance(TimeSpan.FromSeconds(6));

        var exception = await Assert.ThrowsAsync<GrainCallTimeoutException>(() => call.DefaultTimeout("the cycle to time out"));
        Assert.Contains("ICycleGrain.", exception.Message, StringComparison.Ordinal);
        Assert.Contains("CycleGrain/", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ReentrantCycle_Completes()
    {
        await using var silo = await TestSilos.StartAsync(options => options.Configuration["Routing:Messaging:CallTimeout"] = "00:00:05");
        var a = TestSilos.NewKey("a");

        var result = await silo.GrainFactory.GetGrain<IReentrantCycleGrain>(a).Start(TestSilos.NewKey("b")).DefaultTimeout("reentrant cycle");

        Assert.Equal("pong from " + a, result);
    }
}
