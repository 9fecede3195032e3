namespace Routing.Runtime.Storage;

/// <summary>One state row of a grain, with its name.</summary>
/// <param name="StateName">The state name.</param>
/// <param name="Payload">The UTF-8 JSON payload.</param>
/// <param name="Etag">The row's version.</param>
public sealed record NamedGrainState(string StateName, byte[] Payload, string Etag);
