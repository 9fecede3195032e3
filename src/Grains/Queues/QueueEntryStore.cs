using System.Text.Json;
using Routing.Runtime;
using Routing.Runtime.Storage;

namespace Routing.Grains.Queues;

/// <summary>
/// The rows of one queue's conversations (state names <c>entry/{conversation}</c>), each written on its own with its
/// version, so the cost of a change does not grow with the queue. Owned by its queue grain's turns.
/// </summary>
public sealed class QueueEntryStore(IGrainStorage storage, GrainId queueGrain)
{
    private const string Prefix = "entry/";
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { AllowOutOfOrderMetadataProperties = true };
    private readonly Dictionary<string, string> _etags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pendingDeletes = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<QueueEntryRecord>> LoadAsync()
    {
        var rows = await storage.ReadAllAsync(queueGrain, Prefix, CancellationToken.None);
        var records = new List<QueueEntryRecord>(rows.Count);
        foreach (var row in rows)
        {
            var record = JsonSerializer.Deserialize<QueueEntryRecord>(row.Payload, s_json)!;
            _etags[record.Entry.ConversationId] = row.Etag;
            records.Add(record);
        }

        return records;
    }

    public async Task SaveAsync(QueueEntryRecord record)
    {
        var id = record.Entry.ConversationId;
        // Written again before its delete ran (re-queued at once): the write replaces the row, so no delete is due.
        _pendingDeletes.Remove(id);
        var etag = await storage.WriteAsync(queueGrain, Prefix + id, JsonSerializer.SerializeToUtf8Bytes(record, s_json), _etags.GetValueOrDefault(id), CancellationToken.None);
        _etags[id] = etag;
    }

    public async Task DeleteAsync(string conversationId)
    {
        _pendingDeletes.Remove(conversationId);
        if (!_etags.Remove(conversationId, out var etag))
        {
            return;
        }

        await storage.DeleteAsync(queueGrain, Prefix + conversationId, etag, CancellationToken.None);
    }

    /// <summary>
    /// Marks a row for a later delete, for rows whose loss of meaning is safe to persist late: an accepted offer's
    /// row that outlives a crash is found by the offer check on reactivation (the agent holds it) and removed then.
    /// </summary>
    public void DeleteLater(string conversationId) => _pendingDeletes.Add(conversationId);

    /// <summary>Deletes every marked row at once, so the store can group them into one round trip.</summary>
    public async Task FlushDeletesAsync()
    {
        if (_pendingDeletes.Count == 0)
        {
            return;
        }

        var deletes = new List<Task>(_pendingDeletes.Count);
        foreach (var conversationId in _pendingDeletes)
        {
            if (_etags.Remove(conversationId, out var etag))
            {
                deletes.Add(storage.DeleteAsync(queueGrain, Prefix + conversationId, etag, CancellationToken.None));
            }
        }

        _pendingDeletes.Clear();
        await Task.WhenAll(deletes);
    }
}
