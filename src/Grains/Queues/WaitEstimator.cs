namespace Routing.Grains.Queues;

/// <summary>
/// Estimates waiting time from the queue's recent answer rate: position divided by answers per second over the
/// last answers. Until enough answers are seen it assumes each free agent slot answers one conversation per
/// default handle time. Recomputed whenever asked, so an estimate for a waiting conversation follows the queue.
/// </summary>
public sealed class WaitEstimator
{
    private const int Window = 32;
    private static readonly TimeSpan s_defaultHandleTime = TimeSpan.FromMinutes(5);
    private readonly Queue<DateTimeOffset> _answers = new();

    public void RecordAnswer(DateTimeOffset at)
    {
        _answers.Enqueue(at);
        if (_answers.Count > Window)
        {
            _answers.Dequeue();
        }
    }

    /// <summary>The estimated wait of the conversation at 1-based <paramref name="position"/>.</summary>
    public TimeSpan Estimate(int position, int staffedSlots, DateTimeOffset now)
    {
        if (position <= 0)
        {
            return TimeSpan.Zero;
        }

        if (_answers.Count >= 4)
        {
            var span = now - _answers.Peek();
            if (span > TimeSpan.Zero)
            {
                var perSecond = _answers.Count / span.TotalSeconds;
                return TimeSpan.FromSeconds(Math.Min(position / perSecond, TimeSpan.FromDays(1).TotalSeconds));
            }
        }

        return staffedSlots <= 0 ? TimeSpan.FromDays(1) : s_defaultHandleTime * ((double)position / staffedSlots);
    }
}
