namespace Routing.Gateway.Contracts;

/// <summary>A started conversation and the token its customer connection uses.</summary>
/// <param name="Conversation">The conversation.</param>
/// <param name="CustomerToken">A bearer token for the customer hub and this conversation only.</param>
public sealed record StartConversationResponse(ConversationDto Conversation, string CustomerToken);
