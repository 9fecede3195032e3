using BenchmarkDotNet.Attributes;
using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Queues;
using Routing.Grains.Queues;

namespace Routing.Benchmarks;

/// <summary>
/// The cost of one routing decision in a queue holding 10,000 waiting conversations with 1,000 agents: the ordered
/// waiting list and the agent selection a skill queue grain runs on every arrival and every freed slot.
/// </summary>
[MemoryDiagnoser]
public class RoutingDecisionBenchmarks
{
    private const int Waiting = 10_000;
    private const int Agents = 1_000;
    private static readonly DateTimeOffset s_start = new(2026, 11, 11, 0, 0, 0, TimeSpan.Zero);
    private readonly QueueDefinition _definition = new() { QueueId = "q", Skill = "after-sales", MinProficiency = 2 };
    private WaitingList _list = new(1);
    private AgentAvailability[] _agents = [];
    private AgentAvailability _freedAgent = null!;
    private long _sequence;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11_11);
        _list = new WaitingList(_definition.AgingPerMinute);
        for (var i = 0; i < Waiting; i++)
        {
            _list.Add(Entry($"c{i}", s_start + TimeSpan.FromMilliseconds(i * 50), random.Next(4) * 10));
        }

        // Most agents are busy at peak: one in a hundred has a free slot.
        _agents = [.. Enumerable.Range(0, Agents).Select(i => new AgentAvailability(
            $"a{i}",
            new Dictionary<string, int> { ["after-sales"] = 1 + (i % 5), ["logistics"] = 3 },
            i % 10 == 0 ? AgentTier.Senior : AgentTier.Regular,
            AcceptsOffers: true,
            FreeSlots: i % 100 == 0 ? 1 : 0,
            Capacity: 5,
            IdleSince: s_start.AddSeconds(-i),
            Version: 1))];
        _freedAgent = _agents[1] with { FreeSlots = 1 };
    }

    /// <summary>A conversation arrives: its place in the ordered list (insert, then remove to keep the size).</summary>
    [Benchmark]
    public void InsertIntoOrderedList()
    {
        var entry = Entry($"n{_sequence}", s_start + TimeSpan.FromMinutes(10), 10);
        _list.Add(entry);
        _list.Remove(entry.ConversationId);
    }

    /// <summary>The head conversation's best agent among 1,000 (skill, proficiency, tier, free capacity, idle time).</summary>
    [Benchmark]
    public AgentAvailability? SelectAgentForHead() => AgentSelector.Select(_agents, _list.First!, _definition, s_start.AddMinutes(30), null);

    /// <summary>A slot frees: the first conversation in order that this agent may take.</summary>
    [Benchmark]
    public WaitingEntry? FindConversationForFreedAgent()
    {
        var now = s_start.AddMinutes(30);
        foreach (var entry in _list.InOrder)
        {
            if (AgentSelector.IsEligible(_freedAgent, entry, _definition, now))
            {
                return entry;
            }
        }

        return null;
    }

    private WaitingEntry Entry(string id, DateTimeOffset arrivedAt, double priority) => new()
    {
        ConversationId = id,
        ArrivedAt = arrivedAt,
        Sequence = ++_sequence,
        BasePriority = priority,
        MinProficiency = _definition.MinProficiency,
        Context = new ConversationContext(id, "cust-" + id, Channel.AppChat, CustomerTier.Regular, Intent.AfterSales, false, null, null, null, null, []),
    };
}
