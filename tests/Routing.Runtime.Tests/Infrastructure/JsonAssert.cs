using System.Text.Json;

namespace Routing.Runtime.Tests.Infrastructure;

/// <summary>Compares JSON by meaning: PostgreSQL's jsonb changes spacing and key order.</summary>
public static class JsonAssert
{
    public static void Equivalent(string expected, byte[] actual, string what) => Equivalent(System.Text.Encoding.UTF8.GetBytes(expected), actual, what);

    public static void Equivalent(byte[] expected, byte[] actual, string what)
    {
        using var expectedDocument = JsonDocument.Parse(expected);
        using var actualDocument = JsonDocument.Parse(actual);
        Assert.True(
            JsonElement.DeepEquals(expectedDocument.RootElement, actualDocument.RootElement),
            $"{what}: expected {expectedDocument.RootElement.GetRawText()} but read {actualDocument.RootElement.GetRawText()}.");
    }
}
