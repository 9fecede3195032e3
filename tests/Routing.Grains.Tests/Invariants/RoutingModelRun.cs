using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Queues;
using Routing.Grains.Tests.Infrastructure;

namespace Routing.Grains.Tests.Invariants;

/// <summary>
/// Drives the routing grains with a seeded random sequence of operations — arrivals, accepts, rejects, offer
/// timeouts, presence changes, transfers, closes, abandonments and silo restarts — and checks the routing invariants
/// after every step, once the silo has settled.
/// </summary>
public sealed class RoutingModelRun(RoutingHarness harness, int seed)
{
    private static readonly string[] s_queues = ["pre-sales", "after-sales"];
    private readonly Random _random = new(seed);
    private readonly List<string> _agents = [];
    private readonly List<string> _conversations = [];
    private readonly HashSet<string> _ended = new(StringComparer.Ordinal);
    private readonly List<string> _log = [];
    private int _nextConversation;

    public async Task SetupAsync()
    {
        await harness.ConfigureQueueAsync(new QueueDefinition
        {
            QueueId = "pre-sales",
            Skill = "pre-sales",
            PreferredAgentWindow = TimeSpan.FromSeconds(10),
            EscalationSteps = [new EscalationStep(TimeSpan.FromSeconds(90), EscalationAction.WidenPool, AdditionalSkill: "after-sales")],
        });
        await harness.ConfigureQueueAsync(new QueueDefinition
        {
            QueueId = "after-sales",
            Skill = "after-sales",
            MinProficiency = 3,
            EscalationSteps =
            [
                new EscalationStep(TimeSpan.FromSeconds(60), EscalationAction.WidenPool, MinProficiency: 1),
                new EscalationStep(TimeSpan.FromSeconds(240), EscalationAction.Overflow, OverflowQueueId: "pre-sales"),
            ],
        });
        for (var i = 0; i < 6; i++)
        {
            var agentId = $"a{i}";
            _agents.Add(agentId);
            var skills = new Dictionary<string, int>(StringComparer.Ordinal);
            if (i % 3 != 2)
            {
                skills["pre-sales"] = 1 + _random.Next(5);
            }

            if (i % 3 != 0)
            {
                skills["after-sales"] = 1 + _random.Next(5);
            }

            await harness.Agent(agentId).Configure(new AgentProfile
            {
                DisplayName = agentId,
                Skills = skills,
                Capacity = 1 + _random.Next(3),
                Tier = i == 5 ? AgentTier.Senior : AgentTier.Regular,
                WrapUpTime = _random.Next(2) == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(10),
            });
            await harness.Agent(agentId).SetPresence(AgentPresence.Available);
        }

        await SettleAsync();
    }

    public async Task RunAsync(int steps)
    {
        for (var step = 0; step < steps; step++)
        {
            var operation = _random.Next(100) switch
            {
                < 22 => ArriveAsync(),
                < 42 => AcceptAsync(),
                < 48 => RejectAsync(),
                < 53 => TimeoutOffersAsync(),
                < 60 => ChangePresenceAsync(),
                < 64 => TransferAsync(),
                < 80 => CloseAsync(),
                < 86 => AbandonAsync(),
                < 88 => RestartAsync(),
                _ => TickAsync(),
            };
            await operation;
            await SettleAsync();
            await InvariantChecker.CheckAsync(harness, _agents, _conversations.Where(id => !_ended.Contains(id)).ToArray(), s_queues, Context(step));
            await ForgetEndedAsync();
        }

        // The run must have exercised every kind of operation, or it proves little.
        foreach (var kind in new[] { "arrive", "accept", "reject", "advance 21 s", "presence", "transfer", "close", "abandon", "silo restart" })
        {
            var count = _log.Count(line => line.StartsWith(kind, StringComparison.Ordinal) && !line.EndsWith(": False", StringComparison.Ordinal));
            Assert.True(count >= 3, $"Only {count} effective '{kind}' operations in {steps} steps. {Context(steps)}");
        }
    }

    /// <summary>The operations that took effect, by kind, for the test's output.</summary>
    public string Summary => string.Join(", ", _log.GroupBy(line => line.Split(' ')[0]).Select(group => $"{group.Key} {group.Count()}"));

    /// <summary>Ends the run: everyone available, accepting and closing, until no conversation waits any more.</summary>
    public async Task DrainAsync()
    {
        foreach (var agentId in _agents)
        {
            await harness.Agent(agentId).SetPresence(AgentPresence.Available);
        }

        for (var round = 0; round < 200 && _conversations.Any(id => !_ended.Contains(id)); round++)
        {
            await SettleAsync();
            foreach (var agentId in _agents)
            {
                var view = await harness.Agent(agentId).GetView();
                foreach (var offer in view.Offers)
                {
                    await harness.Agent(agentId).Accept(offer.Offer.OfferId);
                }

                await SettleAsync();
                foreach (var conversationId in (await harness.Agent(agentId).GetView()).Assignments)
                {
                    await harness.Conversation(conversationId).Close(agentId);
                }
            }

            harness.Clock.Advance(TimeSpan.FromSeconds(30));
            await SettleAsync();
            await ForgetEndedAsync();
        }

        var stuck = _conversations.Where(id => !_ended.Contains(id)).ToArray();
        if (stuck.Length > 0)
        {
            var details = new List<string>();
            foreach (var id in stuck)
            {
                var view = await harness.Conversation(id).GetView();
                details.Add($"{id}: {view.Status} queue={view.QueueId} agent={view.AgentId} callbackOffered={view.CallbackOffered} events=[{string.Join(",", harness.EventTypes(id))}]");
            }

            foreach (var queueId in s_queues)
            {
                var snapshot = await harness.Queue(queueId).GetSnapshot();
                details.Add($"queue {queueId}: waiting [{string.Join(",", snapshot.WaitingConversationIds)}] offered {snapshot.Offered} agents {snapshot.AgentsAvailable}/{snapshot.AgentsKnown}");
            }

            foreach (var agentId in _agents)
            {
                var view = await harness.Agent(agentId).GetView();
                details.Add($"agent {agentId}: {view.Presence} free {view.FreeSlots} skills [{string.Join(",", view.Profile!.Skills.Select(skill => $"{skill.Key}:{skill.Value}"))}] tier {view.Profile.Tier}");
            }

            Assert.Fail($"Conversations never resolved: {string.Join(" | ", details)}. {Context(-1)}");
        }
    }

    private async Task ArriveAsync()
    {
        var id = $"c{_nextConversation++}";
        _conversations.Add(id);
        var tier = _random.Next(10) == 0 ? CustomerTier.Vip : CustomerTier.Regular;
        var intent = _random.Next(8) == 0 ? Intent.Complaint : Intent.PreSales;
        var conversation = harness.Conversation(id);
        await conversation.Start(new StartConversation($"cust{_random.Next(40)}", Channel.AppChat, tier, intent));
        var queue = s_queues[_random.Next(s_queues.Length)];
        var result = await conversation.RequestHuman(new RequestHuman(queue));
        _log.Add($"arrive {id} → {queue}: {result.Outcome}");
    }

    private async Task AcceptAsync()
    {
        if (await RandomOfferAsync() is { } pick)
        {
            var accepted = await harness.Agent(pick.AgentId).Accept(pick.Offer.Offer.OfferId);
            _log.Add($"accept {pick.Offer.Offer.ConversationId} by {pick.AgentId}: {accepted}");
        }
    }

    private async Task RejectAsync()
    {
        if (await RandomOfferAsync() is { } pick)
        {
            var rejected = await harness.Agent(pick.AgentId).Reject(pick.Offer.Offer.OfferId);
            _log.Add($"reject {pick.Offer.Offer.ConversationId} by {pick.AgentId}: {rejected}");
        }
    }

    private Task TimeoutOffersAsync()
    {
        harness.Clock.Advance(TimeSpan.FromSeconds(21));
        _log.Add("advance 21 s (offers time out)");
        return Task.CompletedTask;
    }

    private Task TickAsync()
    {
        var seconds = 1 + _random.Next(15);
        harness.Clock.Advance(TimeSpan.FromSeconds(seconds));
        _log.Add($"advance {seconds} s");
        return Task.CompletedTask;
    }

    private async Task ChangePresenceAsync()
    {
        var agentId = _agents[_random.Next(_agents.Count)];
        var presence = (AgentPresence)(1 + _random.Next(3));
        await harness.Agent(agentId).SetPresence(presence);
        _log.Add($"presence {agentId} → {presence}");
    }

    private async Task TransferAsync()
    {
        if (await RandomAssignmentAsync() is { } pick)
        {
            var toAgent = _random.Next(2) == 0;
            var target = toAgent
                ? new TransferTarget(null, _agents[_random.Next(_agents.Count)], "over to you")
                : new TransferTarget(s_queues[_random.Next(s_queues.Length)], null, "wrong queue");
            await harness.Conversation(pick.ConversationId).Transfer(pick.AgentId, target);
            _log.Add($"transfer {pick.ConversationId} from {pick.AgentId} to {target.QueueId ?? target.AgentId}");
        }
    }

    private async Task CloseAsync()
    {
        if (await RandomAssignmentAsync() is { } pick)
        {
            await harness.Conversation(pick.ConversationId).Close(pick.AgentId);
            _log.Add($"close {pick.ConversationId} by {pick.AgentId}");
        }
    }

    private async Task AbandonAsync()
    {
        var open = _conversations.Where(id => !_ended.Contains(id)).ToArray();
        if (open.Length > 0)
        {
            var id = open[_random.Next(open.Length)];
            var view = await harness.Conversation(id).Abandon();
            _log.Add($"abandon {id}: {view.Status}");
        }
    }

    private async Task RestartAsync()
    {
        await harness.RestartAsync();
        _log.Add("silo restart");
    }

    private async Task<(string AgentId, OpenOffer Offer)?> RandomOfferAsync()
    {
        var offers = new List<(string, OpenOffer)>();
        foreach (var agentId in _agents)
        {
            offers.AddRange((await harness.Agent(agentId).GetView()).Offers.Select(offer => (agentId, offer)));
        }

        return offers.Count == 0 ? null : offers[_random.Next(offers.Count)];
    }

    private async Task<(string AgentId, string ConversationId)?> RandomAssignmentAsync()
    {
        var assignments = new List<(string, string)>();
        foreach (var agentId in _agents)
        {
            assignments.AddRange((await harness.Agent(agentId).GetView()).Assignments.Select(conversationId => (agentId, conversationId)));
        }

        return assignments.Count == 0 ? null : assignments[_random.Next(assignments.Count)];
    }

    private async Task ForgetEndedAsync()
    {
        foreach (var id in _conversations.Where(id => !_ended.Contains(id)).ToArray())
        {
            var status = (await harness.Conversation(id).GetView()).Status;
            if (status.IsEnded())
            {
                _ended.Add(id);
            }
        }
    }

    private Task SettleAsync() => harness.Silo.WaitForQuiescenceAsync(TimeSpan.FromSeconds(10));

    private string Context(int step) => $"seed {seed}, step {step}; last operations: {string.Join(" | ", _log.TakeLast(8))}";
}
