namespace Routing.Gateway.Contracts;

/// <summary>The customer asks for a human.</summary>
/// <param name="QueueId">The queue; by default the tenant's queue for the conversation's intent.</param>
/// <param name="Reason">Why, up to 200 characters. Default "customer request".</param>
public sealed record HandoffRequest(string? QueueId = null, string? Reason = null);
