namespace Routing.Runtime;

/// <summary>A stored event.</summary>
/// <param name="StreamId">The stream.</param>
/// <param name="Sequence">Its number within the stream, from 1.</param>
/// <param name="EventType">The event's type name.</param>
/// <param name="Payload">The event as UTF-8 JSON (a database may normalize spacing and key order).</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record JournalEntry(string StreamId, long Sequence, string EventType, byte[] Payload, DateTimeOffset OccurredAt);
