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
        var etag = await storage.WriteAsync(queueGrain, Prefix + id, JsonSerializer.SerializeToUtf8Bytes(record, s_json), _etags.GetValueOrDefault(id), CancellationToken.None);
        _etags[id] = etag;
    }

    public async Task DeleteAsync(string conversationId)
    {
        if (!_etags.Remove(conversationId, out var etag))
        {
            return;
        }

        await storage.DeleteAsync(queueGrain, Prefix + conversationId, etag, CancellationToken.None);
    }
}
