namespace Routing.Gateway.Tests.Infrastructure;

/// <summary>One server shared by a test class (tests isolate themselves with a <see cref="TestTenant"/> each).</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public GatewayFactory Factory { get; } = new();

    public Task InitializeAsync() => Factory.InitializeAsync();

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
