namespace Routing.Grains.Queues;

/// <summary>
/// A queue's waiting conversations in routing order: effective priority first, then arrival, then enqueue order.
/// Effective priority is base priority plus aging (points per minute waited). Because every entry of a queue ages at
/// the same rate, the order never changes with time alone, so the list stays sorted without re-sorting: only a
/// base-priority change moves an entry.
/// </summary>
public sealed class WaitingList
{
    private static readonly DateTimeOffset s_epoch = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly SortedSet<WaitingEntry> _ordered;
    private readonly Dictionary<string, WaitingEntry> _byConversation = new(StringComparer.Ordinal);

    public WaitingList(double agingPerMinute)
    {
        AgingPerMinute = agingPerMinute;
        _ordered = new SortedSet<WaitingEntry>(Comparer<WaitingEntry>.Create(Compare));
    }

    public double AgingPerMinute { get; }

    public int Count => _byConversation.Count;

    public IEnumerable<WaitingEntry> InOrder => _ordered;

    public WaitingEntry? First => _ordered.Min;

    public bool Contains(string conversationId) => _byConversation.ContainsKey(conversationId);

    public WaitingEntry? Find(string conversationId) => _byConversation.GetValueOrDefault(conversationId);

    public void Add(WaitingEntry entry)
    {
        if (!_byConversation.TryAdd(entry.ConversationId, entry))
        {
            throw new InvalidOperationException($"Conversation {entry.ConversationId} is already waiting.");
        }

        _ordered.Add(entry);
    }

    public bool Remove(string conversationId)
    {
        if (!_byConversation.Remove(conversationId, out var entry))
        {
            return false;
        }

        _ordered.Remove(entry);
        return true;
    }

    /// <summary>
    /// The 1-based position of a conversation, or null. Counted from the back: a new arrival, which is what asks most
    /// often, sits near the end, so this costs the distance from the end rather than the queue's length.
    /// </summary>
    public int? PositionOf(string conversationId)
    {
        if (!_byConversation.TryGetValue(conversationId, out var target))
        {
            return null;
        }

        var fromEnd = 0;
        foreach (var entry in _ordered.Reverse())
        {
            fromEnd++;
            if (ReferenceEquals(entry, target))
            {
                return _byConversation.Count - fromEnd + 1;
            }
        }

        return null;
    }

    /// <summary>Changes an entry's base priority, moving it to its new place.</summary>
    public void SetBasePriority(WaitingEntry entry, double basePriority)
    {
        _ordered.Remove(entry);
        entry.BasePriority = basePriority;
        _ordered.Add(entry);
    }

    /// <summary>Effective priority at <paramref name="now"/>.</summary>
    public double EffectivePriority(WaitingEntry entry, DateTimeOffset now) => entry.BasePriority + AgingPerMinute * (now - entry.ArrivedAt).TotalMinutes;

    /// <summary>The time-independent sort key: effective priority minus the aging every entry shares.</summary>
    private double Score(WaitingEntry entry) => entry.BasePriority - AgingPerMinute * (entry.ArrivedAt - s_epoch).TotalMinutes;

    private int Compare(WaitingEntry? left, WaitingEntry? right)
    {
        if (ReferenceEquals(left, right))
        {
            return 0;
        }

        var byScore = Score(right!).CompareTo(Score(left!));
        if (byScore != 0)
        {
            return byScore;
        }

        var byArrival = left!.ArrivedAt.CompareTo(right!.ArrivedAt);
        return byArrival != 0 ? byArrival : left.Sequence.CompareTo(right.Sequence);
    }
}
