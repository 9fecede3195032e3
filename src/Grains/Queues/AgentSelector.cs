using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Queues;

namespace Routing.Grains.Queues;

/// <summary>Decides which agents may take a waiting conversation and which of them gets it.</summary>
public static class AgentSelector
{
    /// <summary>Whether an agent may be offered the conversation now.</summary>
    public static bool IsEligible(AgentAvailability agent, WaitingEntry entry, QueueDefinition definition, DateTimeOffset now)
    {
        if (!agent.AcceptsOffers || agent.FreeSlots <= 0 || entry.IsDeclinedBy(agent.AgentId, now))
        {
            return false;
        }

        if (entry.SeniorOnly && agent.Tier != AgentTier.Senior)
        {
            return false;
        }

        if (entry.PreferredAgentId is { } preferred && entry.PreferredUntil > now && agent.AgentId != preferred)
        {
            return false;
        }

        if (agent.Skills.TryGetValue(definition.Skill, out var proficiency) && proficiency >= entry.MinProficiency)
        {
            return true;
        }

        foreach (var skill in entry.AdditionalSkills)
        {
            if (agent.Skills.ContainsKey(skill))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The best eligible agent by the queue's strategy, or null.</summary>
    public static AgentAvailability? Select(IReadOnlyCollection<AgentAvailability> agents, WaitingEntry entry, QueueDefinition definition, DateTimeOffset now, string? roundRobinCursor)
    {
        AgentAvailability? best = null;
        AgentAvailability? firstAfterCursor = null;
        foreach (var agent in agents)
        {
            if (!IsEligible(agent, entry, definition, now))
            {
                continue;
            }

            if (definition.Strategy == RoutingStrategy.RoundRobin)
            {
                // Fixed order by agent id; the next one after the cursor, wrapping around to the smallest.
                if (roundRobinCursor is not null && string.CompareOrdinal(agent.AgentId, roundRobinCursor) > 0
                    && (firstAfterCursor is null || string.CompareOrdinal(agent.AgentId, firstAfterCursor.AgentId) < 0))
                {
                    firstAfterCursor = agent;
                }

                if (best is null || string.CompareOrdinal(agent.AgentId, best.AgentId) < 0)
                {
                    best = agent;
                }

                continue;
            }

            if (best is null || IsBetter(agent, best, definition.Strategy))
            {
                best = agent;
            }
        }

        return definition.Strategy == RoutingStrategy.RoundRobin ? firstAfterCursor ?? best : best;
    }

    private static bool IsBetter(AgentAvailability candidate, AgentAvailability current, RoutingStrategy strategy)
    {
        var bySlots = candidate.FreeSlots.CompareTo(current.FreeSlots);
        var byIdle = current.IdleSince.CompareTo(candidate.IdleSince);
        var primary = strategy == RoutingStrategy.LongestIdle ? byIdle : bySlots;
        var secondary = strategy == RoutingStrategy.LongestIdle ? bySlots : byIdle;
        if (primary != 0)
        {
            return primary > 0;
        }

        return secondary != 0 ? secondary > 0 : string.CompareOrdinal(candidate.AgentId, current.AgentId) < 0;
    }
}
