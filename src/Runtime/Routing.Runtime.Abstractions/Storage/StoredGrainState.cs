namespace Routing.Runtime.Storage;

/// <summary>A state row as read from storage.</summary>
/// <param name="Payload">The UTF-8 JSON payload, or null when the state was cleared.</param>
/// <param name="Etag">The row's version.</param>
public sealed record StoredGrainState(byte[]? Payload, string Etag);
