using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Queues;
using Routing.Grains.Interfaces.Tenants;
using Routing.Runtime;
using Routing.Runtime.Hosting;
using Routing.Runtime.PostgreSql;

namespace Routing.Benchmarks;

/// <summary>
/// In-process throughput of full routing lifecycles: start → ask for a human → queue → offer → accept → close, with
/// 50 or 200 agents (capacity 10, no wrap-up) whose consoles accept every offer at once. Lifecycles per second =
/// 1e9 / (reported mean in ns). Storage: memory, or PostgreSQL from <c>ROUTING_TEST_POSTGRES</c>.
/// </summary>
[MemoryDiagnoser]
public class LifecycleBenchmarks
{
    private const int LifecyclesPerOperation = 1_000;
    private BenchmarkSilo? _silo;
    private IGrainFactory _grains = null!;
    private readonly List<AutoAcceptConsole> _consoles = [];
    private string _tenant = "";
    private int _round;

    /// <summary>
    /// Agents online (capacity 10 each). Each agent grain writes its offers and assignments in turn, so on PostgreSQL
    /// throughput grows with the number of agents sharing the load.
    /// </summary>
    [Params(50, 200)]
    public int Agents { get; set; } = 50;

    /// <summary>Where grain state lives.</summary>
    [Params("memory", "postgresql")]
    public string Storage { get; set; } = "memory";

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _silo?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = LifecyclesPerOperation)]
    public async Task FullLifecycle()
    {
        var round = Interlocked.Increment(ref _round);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var remaining = LifecyclesPerOperation;
        foreach (var console in _consoles)
        {
            console.OnClosed = () =>
            {
                if (Interlocked.Decrement(ref remaining) == 0)
                {
                    done.TrySetResult();
                }
            };
        }

        await Task.WhenAll(Enumerable.Range(0, LifecyclesPerOperation).Select(async i =>
        {
            var conversation = _grains.GetGrain<IConversationGrain>($"{_tenant}/r{round}-c{i}");
            await conversation.Start(new StartConversation($"cust-{i}", Channel.AppChat, FirstMessage: "退货怎么操作?", FirstMessageKey: "m1"));
            await conversation.RequestHuman(new RequestHuman("after-sales"));
        }));
        await done.Task.WaitAsync(TimeSpan.FromMinutes(2));
    }

    private async Task SetupAsync()
    {
        _silo = await BenchmarkSilo.StartAsync(services =>
        {
            if (Storage != "postgresql")
            {
                return;
            }

            var connectionString = Environment.GetEnvironmentVariable("ROUTING_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set ROUTING_TEST_POSTGRES (tests/scripts/with-postgres.sh does).");
            services.AddPostgreSqlGrainStorage(configure: options => options.ConnectionString = connectionString);
            services.AddPostgreSqlReminderTable(configure: options => options.ConnectionString = connectionString);
            services.AddPostgreSqlEventJournal(configure: options => options.ConnectionString = connectionString);
            services.Configure<SiloOptions>(options => options.ServiceId = "bench-" + Guid.NewGuid().ToString("N")[..8]);
        });
        _grains = _silo.GrainFactory;
        _tenant = "bench-" + Guid.NewGuid().ToString("N")[..8];
        await _grains.GetGrain<ITenantGrain>(_tenant).UpsertQueue(new QueueDefinition { QueueId = "after-sales", Skill = "after-sales", PreferredAgentWindow = TimeSpan.Zero });
        for (var i = 0; i < Agents; i++)
        {
            var agent = _grains.GetGrain<IAgentGrain>($"{_tenant}/a{i}");
            await agent.Configure(new AgentProfile { DisplayName = $"agent {i}", Skills = new Dictionary<string, int> { ["after-sales"] = 3 }, Capacity = 10, WrapUpTime = TimeSpan.Zero });
            var console = new AutoAcceptConsole(_grains, _tenant, $"a{i}");
            _consoles.Add(console);
            await agent.Subscribe(_grains.CreateObjectReference<IAgentObserver>(console));
            await agent.SetPresence(AgentPresence.Available);
        }
    }

    /// <summary>An agent console that accepts every offer and closes the conversation at once.</summary>
    private sealed class AutoAcceptConsole(IGrainFactory grains, string tenant, string agentId) : IAgentObserver
    {
        public Action? OnClosed { get; set; }

        public Task OnOffer(OpenOffer offer)
        {
            _ = Task.Run(async () =>
            {
                if (await grains.GetGrain<IAgentGrain>($"{tenant}/{agentId}").Accept(offer.Offer.OfferId))
                {
                    await grains.GetGrain<IConversationGrain>($"{tenant}/{offer.Offer.ConversationId}").Close(agentId);
                    OnClosed?.Invoke();
                }
            });
            return Task.CompletedTask;
        }

        public Task OnOfferEnded(OfferResolution resolution) => Task.CompletedTask;
    }
}
