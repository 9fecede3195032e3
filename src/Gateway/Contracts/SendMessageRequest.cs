namespace Routing.Gateway.Contracts;

/// <summary>A message from the customer or an agent.</summary>
/// <param name="Text">1-4,000 characters. Personal data is masked before it is stored.</param>
public sealed record SendMessageRequest(string? Text);
