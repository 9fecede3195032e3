using System.Diagnostics;
using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Queues;
using Routing.Grains.Interfaces.Tenants;

namespace Routing.Benchmarks;

/// <summary>
/// Holds N waiting conversations in one in-memory silo (no agents) and reports the managed heap they take: the
/// conversation grains, their queue entries and the memory store's rows. Not a BenchmarkDotNet benchmark: it
/// measures a size, once. Run: <c>dotnet run -c Release --project tests/Routing.Benchmarks -- waiting-memory 100000</c>.
/// </summary>
internal static class WaitingMemoryProbe
{
    public static async Task RunAsync(int count)
    {
        await using var silo = await BenchmarkSilo.StartAsync();
        var grains = silo.GrainFactory;
        await grains.GetGrain<ITenantGrain>("probe").UpsertQueue(new QueueDefinition { QueueId = "peak", Skill = "after-sales" });

        var before = Heap();
        var clock = Stopwatch.StartNew();
        const int Concurrency = 200;
        for (var batch = 0; batch < count; batch += Concurrency)
        {
            await Task.WhenAll(Enumerable.Range(batch, Math.Min(Concurrency, count - batch)).Select(async i =>
            {
                var conversation = grains.GetGrain<IConversationGrain>($"probe/c{i}");
                await conversation.Start(new StartConversation($"cust-{i}", Channel.AppChat, FirstMessage: "双十一的订单什么时候发货?", FirstMessageKey: "m1"));
                await conversation.RequestHuman(new RequestHuman("peak"));
            }));
        }

        var elapsed = clock.Elapsed;
        var snapshot = await grains.GetGrain<ISkillQueueGrain>("probe/peak").GetSnapshot();
        var after = Heap();
        Console.WriteLine($"waiting conversations: {snapshot.Waiting:N0}");
        Console.WriteLine($"managed heap held: {(after - before) / 1024.0 / 1024.0:N1} MiB ({(after - before) / (double)count:N0} bytes per waiting conversation)");
        Console.WriteLine($"enqueued in {elapsed.TotalSeconds:N1} s ({count / elapsed.TotalSeconds:N0} start+enqueue per second)");
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
