using System.Text.Json;

namespace Routing.Gateway.Tests.Infrastructure;

/// <summary>The gateway's JSON conventions, for reading answers in tests.</summary>
public static class GatewayJson
{
    /// <summary>camelCase with enums as camelCase strings, as the gateway writes.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        GatewayServiceCollectionExtensions.ConfigureJson(options);
        return options;
    }
}
