using Routing.Grains.Interfaces.Model;
using Routing.Grains.Tests.Infrastructure;

namespace Routing.Grains.Tests.Invariants;

/// <summary>The routing invariants, checked against the grains' own views once the silo has settled.</summary>
public static class InvariantChecker
{
    public static async Task CheckAsync(RoutingHarness harness, IReadOnlyList<string> agents, IReadOnlyList<string> openConversations, IReadOnlyList<string> queues, string context)
    {
        var offeredTo = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var assignedTo = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var agentId in agents)
        {
            var view = await harness.Agent(agentId).GetView();
            var used = view.Offers.Count + view.Assignments.Count + view.WrapUps.Count;
            Assert.True(used <= view.Profile!.Capacity, $"Agent {agentId} holds {used} > capacity {view.Profile.Capacity}. {context}");
            foreach (var offer in view.Offers)
            {
                Add(offeredTo, offer.Offer.ConversationId, agentId);
            }

            foreach (var conversationId in view.Assignments)
            {
                Add(assignedTo, conversationId, agentId);
            }
        }

        var waitingIn = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var queueId in queues)
        {
            var snapshot = await harness.Queue(queueId).GetSnapshot();
            foreach (var conversationId in snapshot.WaitingConversationIds)
            {
                Add(waitingIn, conversationId, queueId);
            }

            await CheckOrderAsync(harness, snapshot.WaitingConversationIds, context);
        }

        foreach (var (conversationId, holders) in assignedTo.Concat(offeredTo))
        {
            var all = assignedTo.GetValueOrDefault(conversationId, []).Concat(offeredTo.GetValueOrDefault(conversationId, [])).ToArray();
            Assert.True(all.Length <= 1, $"Conversation {conversationId} is held by {string.Join(", ", all)}: never two agents. {context}");
            _ = holders;
        }

        foreach (var conversationId in openConversations)
        {
            var view = await harness.Conversation(conversationId).GetView();
            var places = waitingIn.GetValueOrDefault(conversationId, []).Select(queue => "queue " + queue)
                .Concat(offeredTo.GetValueOrDefault(conversationId, []).Select(agent => "offer " + agent))
                .Concat(assignedTo.GetValueOrDefault(conversationId, []).Select(agent => "assignment " + agent))
                .ToArray();
            var expected = view.Status switch
            {
                ConversationStatus.Queued => $"queue {view.QueueId}",
                ConversationStatus.Offered => $"offer {view.AgentId}",
                ConversationStatus.Assigned => $"assignment {view.AgentId}",
                _ => null,
            };
            if (expected is null)
            {
                Assert.True(places.Length == 0, $"Conversation {conversationId} is {view.Status} but still held at {string.Join(", ", places)}. {context}");
            }
            else
            {
                Assert.True(places.Length == 1 && places[0] == expected, $"Conversation {conversationId} is {view.Status} ({expected}) but found at [{string.Join(", ", places)}]. {context}");
            }
        }
    }

    /// <summary>FIFO within equal priority: the list is ordered by effective priority, then by arrival.</summary>
    private static async Task CheckOrderAsync(RoutingHarness harness, IReadOnlyList<string> waiting, string context)
    {
        (double Score, DateTimeOffset Arrival)? previous = null;
        foreach (var conversationId in waiting)
        {
            var view = await harness.Conversation(conversationId).GetView();
            var arrival = view.Timeline.First(change => change.Status == ConversationStatus.Queued).At;
            var score = global::Routing.Grains.Conversations.PriorityPolicy.BasePriority(view.Context!) - (arrival - DateTimeOffset.UnixEpoch).TotalMinutes;
            if (previous is { } before)
            {
                var inOrder = before.Score > score + 1e-6 || (Math.Abs(before.Score - score) <= 1e-6 && before.Arrival <= arrival);
                Assert.True(inOrder, $"Queue order broken at {conversationId}: priority-then-arrival violated. {context}");
            }

            previous = (score, arrival);
        }
    }

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
