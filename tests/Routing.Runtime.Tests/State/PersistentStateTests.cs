using Microsoft.Extensions.DependencyInjection;
using Routing.Runtime.Storage;
using Routing.Runtime.Testing;
using Routing.Runtime.Tests.Infrastructure;
using Routing.Runtime.Tests.TestGrains;

namespace Routing.Runtime.Tests.State;

/// <summary>Persistent state through a grain, on the embedded memory store and on PostgreSQL.</summary>
public abstract class PersistentStateTests
{
    protected abstract void UseStorage(InProcessSiloOptions options);

    [Fact]
    public async Task State_AfterDeactivation_IsLoadedBeforeNextActivation()
    {
        await using var silo = await TestSilos.StartAsync(UseStorage);
        var grain = silo.GrainFactory.GetGrain<ICounterGrain>(TestSilos.NewKey());
        await grain.Increment("first");
        await grain.Increment("second");

        await grain.DeactivateSoon();
        var state = await grain.Get().DefaultTimeout("state after reactivation");

        Assert.Equal(2, state.Value);
        Assert.Equal(["first", "second"], state.Notes);
        Assert.Equal("2", await grain.GetEtag());
    }

    [Fact]
    public async Task State_AfterSiloRestart_SurvivesWhenStorageIsDurable()
    {
        var key = TestSilos.NewKey();
        string serviceId;
        await using (var first = await TestSilos.StartAsync(UseStorage))
        {
            serviceId = first.Options.ServiceId;
            await first.GrainFactory.GetGrain<ICounterGrain>(key).Increment("before restart");
        }

        await using var second = await TestSilos.StartAsync(options =>
        {
            UseStorage(options);
            options.ServiceId = serviceId;
        });
        var state = await second.GrainFactory.GetGrain<ICounterGrain>(key).Get().DefaultTimeout("state on the restarted silo");

        Assert.Equal(IsDurable ? 1 : 0, state.Value);
    }

    [Fact]
    public async Task Write_WithStaleEtag_IsRejectedWithConflict()
    {
        await using var silo = await TestSilos.StartAsync(UseStorage);
        var key = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<ICounterGrain>(key);
        await grain.Increment("mine");
        var etag = await grain.GetEtag();

        // Another writer (a zombie activation, say) moves the stored version on behind the grain's back.
        var storage = silo.Services.GetRequiredService<IGrainStorage>();
        await storage.WriteAsync(new GrainId("CounterGrain", key), "counter", "{\"value\":100,\"notes\":[]}"u8.ToArray(), etag, CancellationToken.None);

        var exception = await Assert.ThrowsAsync<InconsistentStateException>(() => grain.Increment("stale").DefaultTimeout("stale write"));
        Assert.Equal(etag, exception.CurrentEtag);
    }

    [Fact]
    public async Task Clear_ThenRead_StartsFromDefaultState()
    {
        await using var silo = await TestSilos.StartAsync(UseStorage);
        var grain = silo.GrainFactory.GetGrain<ICounterGrain>(TestSilos.NewKey());
        await grain.Increment("x");

        await grain.Clear();
        await grain.DeactivateSoon();

        Assert.Equal(0, (await grain.Get().DefaultTimeout("state after clear")).Value);
        Assert.Equal(1, await grain.Increment("after clear"));
    }

    protected abstract bool IsDurable { get; }
}

public sealed class MemoryPersistentStateTests : PersistentStateTests
{
    protected override bool IsDurable => false;

    protected override void UseStorage(InProcessSiloOptions options)
    {
    }
}

public sealed class PostgreSqlPersistentStateTests : PersistentStateTests
{
    protected override bool IsDurable => true;

    protected override void UseStorage(InProcessSiloOptions options) => options.PostgreSqlConnectionString = TestDatabase.ConnectionString;
}
