namespace Routing.Grains.Interfaces.Conversations;

/// <summary>Hands a conversation to the human queue.</summary>
/// <param name="QueueId">The skill queue.</param>
/// <param name="Reason">Why (the bot's handoff reason, or the customer's request).</param>
/// <param name="Intent">The intent detected by the bot, if it knows better than the channel.</param>
public sealed record RequestHuman(string QueueId, string Reason = "customer request", Model.Intent? Intent = null);
