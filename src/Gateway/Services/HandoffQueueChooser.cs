using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Tenants;
using Routing.Runtime;

namespace Routing.Gateway.Services;

/// <summary>
/// Picks the queue for a handoff that names none: the tenant's queue for the conversation's intent (by the
/// conventional ids <c>pre-sales</c>, <c>after-sales</c>, <c>logistics</c>, <c>complaints</c>, <c>technical</c>, or a
/// queue whose skill has that name), unclassified ones to <c>pre-sales</c>; else the tenant's first queue.
/// </summary>
public sealed class HandoffQueueChooser(IGrainFactory grains)
{
    /// <summary>The queue id; <see cref="KeyNotFoundException"/> when the tenant has no queue at all.</summary>
    public async Task<string> ChooseAsync(string tenantId, Intent intent)
    {
        var queues = await grains.GetGrain<ITenantGrain>(tenantId).GetQueues();
        if (queues.Count == 0)
        {
            throw new KeyNotFoundException($"Tenant '{tenantId}' has no queue to hand over to.");
        }

        var wanted = intent switch
        {
            Intent.PreSales => "pre-sales",
            Intent.AfterSales => "after-sales",
            Intent.Logistics => "logistics",
            Intent.Complaint => "complaints",
            Intent.Technical => "technical",
            // Unclassified questions go to general consultation first.
            _ => "pre-sales",
        };
        var match = queues.FirstOrDefault(queue => queue.QueueId == wanted) ?? queues.FirstOrDefault(queue => queue.Skill == wanted);
        return (match ?? queues[0]).QueueId;
    }
}
