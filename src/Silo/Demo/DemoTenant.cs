using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Queues;

namespace Routing.Silo.Demo;

/// <summary>What the demo tenant holds: the four queues of an e-commerce shop and a handful of agents.</summary>
public static class DemoTenant
{
    /// <summary>The demo tenant's channel API key, printed at start.</summary>
    public const string ApiKey = "demo-shop-key";

    /// <summary>The administrator key the demo uses when <c>Routing:Gateway:AdminKey</c> is not set.</summary>
    public const string AdminKey = "demo-admin-key";

    /// <summary>Every demo user's password.</summary>
    public const string Password = "demo";

    /// <summary>The demo supervisor's user id.</summary>
    public const string SupervisorId = "lead";

    /// <summary>售前, 售后, 物流 and 投诉, with an escalation ladder on the busy ones.</summary>
    public static IReadOnlyList<QueueDefinition> Queues { get; } =
    [
        new() { QueueId = "pre-sales", DisplayName = "售前咨询 Pre-sales", Skill = "pre-sales" },
        new()
        {
            QueueId = "after-sales",
            DisplayName = "售后 After-sales (returns, refunds)",
            Skill = "after-sales",
            MinProficiency = 2,
            EscalationSteps =
            [
                new EscalationStep(TimeSpan.FromSeconds(60), EscalationAction.WidenPool, MinProficiency: 1),
                new EscalationStep(TimeSpan.FromSeconds(120), EscalationAction.RaisePriority, PriorityBoost: 10),
                new EscalationStep(TimeSpan.FromMinutes(5), EscalationAction.OfferCallback),
            ],
        },
        new() { QueueId = "logistics", DisplayName = "物流 Logistics", Skill = "logistics" },
        new()
        {
            QueueId = "complaints",
            DisplayName = "投诉处理 Complaints",
            Skill = "complaints",
            FirstResponseTarget = TimeSpan.FromSeconds(60),
            EscalationSteps = [new EscalationStep(TimeSpan.FromSeconds(90), EscalationAction.EscalateToSenior)],
        },
    ];

    /// <summary>Agents by id; they start offline and go available when they sign in.</summary>
    public static IReadOnlyDictionary<string, AgentProfile> Agents { get; } = new Dictionary<string, AgentProfile>
    {
        ["li-na"] = Agent("李娜 Li Na", ("pre-sales", 5), ("after-sales", 3)),
        ["wang-wei"] = Agent("王伟 Wang Wei", ("after-sales", 4), ("logistics", 3)),
        ["zhang-min"] = Agent("张敏 Zhang Min", ("logistics", 5), ("pre-sales", 2)),
        ["chen-jie"] = Agent("陈杰 Chen Jie", ("after-sales", 2), ("complaints", 3)),
        ["liu-yang"] = Agent("刘洋 Liu Yang (资深 senior)", ("complaints", 5), ("after-sales", 5)) with { Tier = AgentTier.Senior, Capacity = 5 },
        ["emma"] = Agent("Emma (English)", ("pre-sales", 4), ("logistics", 4)),
    };

    private static AgentProfile Agent(string displayName, params (string Skill, int Proficiency)[] skills) => new()
    {
        DisplayName = displayName,
        Skills = skills.ToDictionary(skill => skill.Skill, skill => skill.Proficiency, StringComparer.Ordinal),
        WrapUpTime = TimeSpan.FromSeconds(30),
    };
}
