using System.Text.Json;
using System.Text.Json.Serialization;

namespace Routing.Runtime.Storage;

/// <summary>The one JSON format of stored grain state: camelCase, enums as numbers (they are never renumbered), key order free.</summary>
internal static class GrainStateSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // PostgreSQL's jsonb reorders keys, so a polymorphic type discriminator may come back after other properties.
        AllowOutOfOrderMetadataProperties = true,
    };

    public static byte[] Serialize<T>(T state) => JsonSerializer.SerializeToUtf8Bytes(state, Options);

    public static T Deserialize<T>(byte[] payload) => JsonSerializer.Deserialize<T>(payload, Options)
        ?? throw new JsonException($"Stored state of type {typeof(T).Name} deserialized to null.");
}
