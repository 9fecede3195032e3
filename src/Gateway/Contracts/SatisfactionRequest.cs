namespace Routing.Gateway.Contracts;

/// <summary>The customer's satisfaction rating, once per conversation after service.</summary>
/// <param name="Score">1-5 (required).</param>
/// <param name="Comment">Up to 1,000 characters.</param>
public sealed record SatisfactionRequest(int? Score, string? Comment = null);
