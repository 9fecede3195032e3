using Microsoft.Extensions.DependencyInjection;
using Routing.Runtime.Reminders;
using Routing.Runtime.Testing;
using Routing.Runtime.Tests.Infrastructure;
using Routing.Runtime.Tests.TestGrains;

namespace Routing.Runtime.Tests.Timers;

public sealed class ReminderTests
{
    [Fact]
    public async Task Reminder_WhenDue_ActivatesGrainAndTicksEachPeriod()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<IReminderGrain>(key);
        await grain.Register("sla", TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(1));

        silo.TimeProvider.Advance(TimeSpan.FromMinutes(2));
        await Signals.WaitAsync($"reminder-{key}-sla-1");
        silo.TimeProvider.Advance(TimeSpan.FromMinutes(1));
        await Signals.WaitAsync($"reminder-{key}-sla-2");

        Assert.True(await grain.Exists("sla"));
    }

    [Fact]
    public async Task Reminder_Unregistered_StopsTicking()
    {
        await using var silo = await TestSilos.StartAsync();
        var key = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<IReminderGrain>(key);
        await grain.Register("once", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        await grain.Unregister("once");

        silo.TimeProvider.Advance(TimeSpan.FromMinutes(3));

        Assert.False(await grain.Exists("once"));
        Assert.False(ReminderGrain.Ticks.ContainsKey($"{key}-once"));
    }

    [Fact]
    public async Task Reminder_UnregisteredWhileRowChanges_IsRemoved()
    {
        await using var silo = await TestSilos.StartAsync(options =>
            options.ConfigureServices = services => services.AddSingleton<IReminderTable, RacingReminderTable>());
        var key = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<IReminderGrain>(key);
        await grain.Register("sla", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

        // The first removal fails: the row got a new version between the read and the remove.
        await grain.Unregister("sla");

        Assert.False(await grain.Exists("sla"), $"reminder sla of {key} is still stored after Unregister returned");
    }

    [Fact]
    public async Task Reminder_ReRegisteredWhileServiceStops_DoesNotTickAfterStop()
    {
        var clock = new TrackingTimeProvider(new DateTimeOffset(2026, 11, 11, 0, 0, 0, TimeSpan.Zero));
        await using var silo = await TestSilos.StartAsync(options => options.TimeProvider = clock);
        var key = TestSilos.NewKey();
        var grain = silo.GrainFactory.GetGrain<IReminderGrain>(key);
        var reminders = silo.Services.GetRequiredService<ReminderService>();
        await grain.Register("sla", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

        // Re-registering replaces the local reminder and disposes the previous one's timer: the service stops at that
        // very moment, as when the silo stops while a grain re-registers.
        clock.OnNextDispose(() => reminders.OnStopAsync(CancellationToken.None).GetAwaiter().GetResult());
        await grain.Register("sla", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

        Assert.Equal(0, reminders.ActiveCount);
        clock.Advance(TimeSpan.FromMinutes(2));
        // Queues behind a tick that the advance would have delivered.
        await grain.Exists("sla");
        Assert.False(ReminderGrain.Ticks.ContainsKey($"{key}-sla"), $"reminder sla of {key} ticked after the reminder service stopped");
    }

    [Fact]
    public async Task Reminder_PeriodBelowMinimum_IsRejected()
    {
        await using var silo = await TestSilos.StartAsync();
        var grain = silo.GrainFactory.GetGrain<IReminderGrain>(TestSilos.NewKey());

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => grain.Register("too-fast", TimeSpan.Zero, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Reminder_AfterSiloRestart_TicksOnPostgreSql()
    {
        var key = TestSilos.NewKey();
        var start = new DateTimeOffset(2026, 11, 11, 0, 0, 0, TimeSpan.Zero);
        string serviceId;
        await using (var first = await TestSilos.StartAsync(UsePostgreSql))
        {
            serviceId = first.Options.ServiceId;
            await first.GrainFactory.GetGrain<IReminderGrain>(key).Register("ticket-deadline", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));
            first.TimeProvider.Advance(TimeSpan.FromMinutes(1));
        }

        // A new silo process: nothing in memory, the same database and service, the clock two minutes on.
        await using var second = await TestSilos.StartAsync(options =>
        {
            UsePostgreSql(options);
            options.ServiceId = serviceId;
            options.TimeProvider = new(start + TimeSpan.FromMinutes(2));
        });
        second.TimeProvider.Advance(TimeSpan.FromMinutes(3));

        var dueTime = await Signals.WaitAsync($"reminder-{key}-ticket-deadline-1");
        Assert.Equal(start + TimeSpan.FromMinutes(5), DateTimeOffset.Parse(dueTime, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void UsePostgreSql(InProcessSiloOptions options) => options.PostgreSqlConnectionString = TestDatabase.ConnectionString;
}
