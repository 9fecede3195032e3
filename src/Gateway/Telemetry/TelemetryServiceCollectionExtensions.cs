using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Routing.Gateway.Telemetry;

/// <summary>The one place for telemetry defaults: the routing meters through OpenTelemetry, exported by OTLP when configured.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The configuration key that turns on the OTLP exporter (OpenTelemetry's own variable name).</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Adds the gateway's metrics and an OpenTelemetry meter provider for every <c>Routing.*</c> meter and ASP.NET
    /// Core's own (<c>Microsoft.AspNetCore.*</c>: requests, connections, SignalR). Metrics go to an OTLP collector
    /// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; otherwise they are still observable in process.
    /// </summary>
    public static IServiceCollection AddRoutingTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddMetrics();
        services.AddSingleton<GatewayMetrics>();
        var otlp = !string.IsNullOrEmpty(configuration[OtlpEndpointKey]);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("routing"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter("Routing.*", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Http.Connections");
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }
}
