using System.Text.Json;
using System.Text.Json.Serialization;

namespace Routing.Runtime.Messaging.Wire;

/// <summary>
/// Writes a grain or observer reference as its grain id and reads it back as a live reference of this process, so
/// references passed as arguments survive the trip between silos.
/// </summary>
internal sealed class GrainReferenceJsonConverterFactory(GrainFactory grainFactory) : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
        => typeToConvert.IsInterface && (typeof(IGrain).IsAssignableFrom(typeToConvert) || typeof(IGrainObserver).IsAssignableFrom(typeToConvert));

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => (JsonConverter)Activator.CreateInstance(typeof(ReferenceConverter<>).MakeGenericType(typeToConvert), grainFactory)!;

    private sealed class ReferenceConverter<T>(GrainFactory grainFactory) : JsonConverter<T>
        where T : class
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            return text is null ? null : (T)grainFactory.CreateReference(typeof(T), GrainId.Parse(text));
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            if (value is not IGrainReference reference)
            {
                throw new JsonException($"Only grain or observer references can be sent as {typeof(T).Name}; wrap local objects with CreateObjectReference.");
            }

            writer.WriteStringValue(reference.GrainId.ToString());
        }
    }
}
