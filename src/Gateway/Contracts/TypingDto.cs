using Routing.Grains.Interfaces.Model;

namespace Routing.Gateway.Contracts;

/// <summary>Someone is typing (hub <c>typing</c>).</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Sender">Who: customer or agent.</param>
public sealed record TypingDto(string ConversationId, MessageSender Sender);
