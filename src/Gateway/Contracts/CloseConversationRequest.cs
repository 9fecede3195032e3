namespace Routing.Gateway.Contracts;

/// <summary>An agent closes a conversation and starts wrap-up.</summary>
/// <param name="WrapUpCode">The disposition, such as <c>refund-issued</c> (an id: 1-64 letters, digits, '-', '_', '.').</param>
public sealed record CloseConversationRequest(string? WrapUpCode = null);
