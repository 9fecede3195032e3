using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;

namespace Routing.Grains.Conversations;

/// <summary>
/// A conversation's base priority from tier, intent, urgency and channel, before the queue's aging. The points
/// compare with aging (1 point per minute waited by default): a VIP goes ahead of regular customers who have
/// waited up to 20 minutes longer, so VIPs come first and nobody starves.
/// </summary>
public static class PriorityPolicy
{
    public static double BasePriority(ConversationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        double priority = context.Tier switch
        {
            CustomerTier.Svip => 30,
            CustomerTier.Vip => 20,
            _ => 0,
        };

        if (context.Intent == Intent.Complaint)
        {
            priority += 15;
        }

        if (context.Urgent)
        {
            priority += 25;
        }

        if (context.Channel == Channel.PhoneCallback)
        {
            priority += 5;
        }

        return priority;
    }
}
