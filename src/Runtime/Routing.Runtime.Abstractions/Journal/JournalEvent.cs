namespace Routing.Runtime;

/// <summary>An event to append: its type name and its UTF-8 JSON payload.</summary>
/// <param name="EventType">The event's type name, for example <c>ConversationQueued</c>.</param>
/// <param name="Payload">The event as UTF-8 JSON.</param>
/// <param name="OccurredAt">When it happened, by the silo clock.</param>
public sealed record JournalEvent(string EventType, ReadOnlyMemory<byte> Payload, DateTimeOffset OccurredAt);
