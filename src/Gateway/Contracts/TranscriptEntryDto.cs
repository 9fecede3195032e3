using Routing.Grains.Interfaces.Model;

namespace Routing.Gateway.Contracts;

/// <summary>A transcript entry as clients see it; the text is already masked.</summary>
/// <param name="Sequence">1-based position in the transcript.</param>
/// <param name="Sender">Customer, bot, agent or system.</param>
/// <param name="SenderId">The customer or agent id, if any.</param>
/// <param name="Text">The (masked) text.</param>
/// <param name="At">When it was added.</param>
public sealed record TranscriptEntryDto(int Sequence, MessageSender Sender, string? SenderId, string Text, DateTimeOffset At)
{
    /// <summary>Maps a grain transcript entry (dropping its idempotency key, which is the sender's business).</summary>
    public static TranscriptEntryDto From(TranscriptEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Sequence, entry.Sender, entry.SenderId, entry.Text, entry.At);
    }
}
