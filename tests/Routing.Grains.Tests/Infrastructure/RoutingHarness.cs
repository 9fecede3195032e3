using Microsoft.Extensions.DependencyInjection;
using Routing.Grains.Conversations;
using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Queues;
using Routing.Grains.Interfaces.Tenants;
using Routing.Grains.Tenants;
using Routing.Runtime;
using Routing.Runtime.Storage;
using Routing.Runtime.Testing;

namespace Routing.Grains.Tests.Infrastructure;

/// <summary>
/// A silo hosting the routing grains for one test, with a fake clock, a fresh tenant, and a recording journal to wait
/// on. Storage and journal can outlive the silo, so <see cref="RestartAsync"/> simulates a process restart.
/// </summary>
public sealed class RoutingHarness : IAsyncDisposable
{
    private readonly Action<InProcessSiloOptions>? _configure;
    private InProcessSilo _silo;

    private RoutingHarness(InProcessSilo silo, Action<InProcessSiloOptions>? configure, IGrainStorage storage, RecordingEventJournal journal)
    {
        _silo = silo;
        _configure = configure;
        Storage = storage;
        Journal = journal;
    }

    public string TenantId { get; } = "shop-" + Guid.NewGuid().ToString("N")[..8];

    public RecordingEventJournal Journal { get; }

    public IGrainStorage Storage { get; }

    public InProcessSilo Silo => _silo;

    public IGrainFactory Grains => _silo.GrainFactory;

    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => _silo.TimeProvider;

    /// <summary>A harness on PostgreSQL storage (from <c>ROUTING_TEST_POSTGRES</c>, set by ./test.sh), with a unique service id.</summary>
    public static Task<RoutingHarness> StartOnPostgreSqlAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable("ROUTING_TEST_POSTGRES") is { Length: > 0 } value
            ? new Npgsql.NpgsqlConnectionStringBuilder(value) { MaxPoolSize = 10 }.ConnectionString
            : throw new InvalidOperationException("ROUTING_TEST_POSTGRES is not set; run the tests through ./test.sh.");
        var serviceId = "grains-" + Guid.NewGuid().ToString("N")[..12];
        return StartAsync(options =>
        {
            options.PostgreSqlConnectionString = connectionString;
            options.ServiceId = serviceId;
        });
    }

    /// <param name="configure">Adjusts the silo.</param>
    /// <param name="eventFlushDelay">How long conversations gather events before a journal write; zero (the default
    /// here) makes every event visible to <see cref="WaitForAsync"/> as soon as its change is written.</param>
    public static async Task<RoutingHarness> StartAsync(Action<InProcessSiloOptions>? configure = null, TimeSpan? eventFlushDelay = null)
    {
        var storage = new MemoryGrainStorage();
        var journal = new RecordingEventJournal();
        var delay = eventFlushDelay ?? TimeSpan.Zero;
        Action<InProcessSiloOptions> withDelay = options =>
        {
            configure?.Invoke(options);
            var previous = options.ConfigureServices;
            options.ConfigureServices = services =>
            {
                previous?.Invoke(services);
                services.Configure<ConversationOptions>(conversations => conversations.EventFlushDelay = delay);
            };
        };
        var silo = await StartSiloAsync(withDelay, storage, journal, clock: null);
        return new RoutingHarness(silo, withDelay, storage, journal);
    }

    /// <summary>Stops the silo and starts a new one on the same storage, journal and clock: nothing stays in memory.</summary>
    public async Task RestartAsync()
    {
        var clock = _silo.TimeProvider;
        await _silo.DisposeAsync();
        _silo = await StartSiloAsync(_configure, Storage, Journal, clock);
    }

    public ITenantGrain Tenant => Grains.GetGrain<ITenantGrain>(TenantId);

    public IConversationGrain Conversation(string id) => Grains.GetGrain<IConversationGrain>(Identifiers.Scoped(TenantId, id));

    public ISkillQueueGrain Queue(string id) => Grains.GetGrain<ISkillQueueGrain>(Identifiers.Scoped(TenantId, id));

    public IAgentGrain Agent(string id) => Grains.GetGrain<IAgentGrain>(Identifiers.Scoped(TenantId, id));

    public string Stream(string conversationId) => Identifiers.Scoped(TenantId, conversationId);

    public Task<JournalEntry> WaitForAsync(string conversationId, string eventType, int occurrence = 1)
        => Journal.WaitForAsync(Stream(conversationId), eventType, occurrence);

    public IReadOnlyList<string> EventTypes(string conversationId) => [.. Journal.Read(Stream(conversationId)).Select(entry => entry.EventType)];

    public async Task ConfigureQueueAsync(QueueDefinition definition) => await Tenant.UpsertQueue(definition);

    /// <summary>Configures an agent, connects a console to it and sets it available.</summary>
    public async Task<AgentConsole> AddAgentAsync(string agentId, string skill, int proficiency = 3, int capacity = 3, AgentTier tier = AgentTier.Regular, TimeSpan? wrapUp = null, Dictionary<string, int>? moreSkills = null)
    {
        var skills = new Dictionary<string, int>(moreSkills ?? [], StringComparer.Ordinal) { [skill] = proficiency };
        var agent = Agent(agentId);
        await agent.Configure(new AgentProfile { DisplayName = "Agent " + agentId, Skills = skills, Capacity = capacity, Tier = tier, WrapUpTime = wrapUp ?? TimeSpan.Zero });
        var console = new AgentConsole();
        await agent.Subscribe(Grains.CreateObjectReference<IAgentObserver>(console));
        _consoles.Add(console);
        await agent.SetPresence(AgentPresence.Available);
        return console;
    }

    public async Task<IConversationGrain> StartConversationAsync(string conversationId, string customerId = "c-1", CustomerTier tier = CustomerTier.Regular, Intent intent = Intent.PreSales, bool urgent = false, Channel channel = Channel.WebChat)
    {
        var conversation = Conversation(conversationId);
        await conversation.Start(new StartConversation(customerId, channel, tier, intent, urgent, "你好, I need help", "m-1"));
        return conversation;
    }

    /// <summary>Starts a conversation and asks for a human in a queue.</summary>
    public async Task<EnqueueResult> QueueConversationAsync(string conversationId, string queueId, string customerId = "c-1", CustomerTier tier = CustomerTier.Regular, Intent intent = Intent.PreSales, bool urgent = false)
    {
        var conversation = await StartConversationAsync(conversationId, customerId, tier, intent, urgent);
        return await conversation.RequestHuman(new RequestHuman(queueId));
    }

    private readonly List<AgentConsole> _consoles = [];

    public static QueueDefinition Queue(string queueId, string skill, Func<QueueDefinition, QueueDefinition>? adjust = null)
    {
        var definition = new QueueDefinition { QueueId = queueId, Skill = skill, PreferredAgentWindow = TimeSpan.Zero };
        return adjust is null ? definition : adjust(definition);
    }

    private static Task<InProcessSilo> StartSiloAsync(Action<InProcessSiloOptions>? configure, IGrainStorage storage, RecordingEventJournal journal, Microsoft.Extensions.Time.Testing.FakeTimeProvider? clock)
        => InProcessSilo.StartAsync(options =>
        {
            options.GrainAssemblies.Add(typeof(TenantGrain).Assembly);
            if (clock is not null)
            {
                options.TimeProvider = clock;
            }

            configure?.Invoke(options);
            var usesPostgreSql = options.PostgreSqlConnectionString is not null;
            var configured = options.ConfigureServices;
            options.ConfigureServices = services =>
            {
                configured?.Invoke(services);
                if (!usesPostgreSql)
                {
                    // Shared across restarts, like a database would be.
                    services.AddSingleton(storage);
                }

                services.AddSingleton<IEventJournal>(journal);
            };
        });

    public async ValueTask DisposeAsync()
    {
        await _silo.DisposeAsync();
        GC.KeepAlive(_consoles);
    }
}
