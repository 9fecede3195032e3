namespace Routing.Grains.Interfaces.Model;

/// <summary>One transcript message.</summary>
/// <param name="Sequence">Position in the transcript, from 1.</param>
/// <param name="Sender">Who wrote it.</param>
/// <param name="SenderId">The customer or agent id, or null for bot and system.</param>
/// <param name="Text">The text.</param>
/// <param name="IdempotencyKey">The sender's key: a retried send with the same key is stored once.</param>
/// <param name="At">When it was stored, by the silo clock.</param>
public sealed record TranscriptEntry(int Sequence, MessageSender Sender, string? SenderId, string Text, string IdempotencyKey, DateTimeOffset At);
