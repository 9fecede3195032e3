using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using Routing.Gateway.Telemetry;
using Routing.Gateway.Tests.Infrastructure;

namespace Routing.Gateway.Tests.Api;

/// <summary>The gateway's OpenTelemetry meter records what happens.</summary>
public sealed class TelemetryTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Meter_ConversationStartedAndMessage_AreRecordedWithTheirTags()
    {
        var measurements = new ConcurrentQueue<(string Instrument, string? Tag)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, meterListener) =>
        {
            if (instrument.Meter.Name == GatewayMetrics.MeterName)
            {
                meterListener.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
            measurements.Enqueue((instrument.Name, tags.Length > 0 ? tags[0].Value?.ToString() : null)));
        listener.Start();
        var tenant = await TestTenant.CreateAsync(fixture.Factory);
        using var channel = tenant.Channel();

        using var started = await TestTenant.Ok(channel.PostAsJsonAsync("/api/v1/conversations", new { customerId = "m1", channel = "email" }));
        var id = (await started.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("conversation").GetProperty("id").GetString();
        (await TestTenant.Ok(channel.PostAsJsonAsync($"/api/v1/conversations/{id}/messages", new { text = "hi" }))).Dispose();

        Assert.Contains(("routing.gateway.conversations.started", "Email"), measurements);
        Assert.Contains(("routing.gateway.messages", "Customer"), measurements);
    }
}
