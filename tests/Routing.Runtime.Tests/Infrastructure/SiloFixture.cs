using Routing.Runtime.Testing;

namespace Routing.Runtime.Tests.Infrastructure;

/// <summary>One shared in-memory silo for tests that only make calls (Orleans' TestingHost pattern).</summary>
public sealed class SiloFixture : IAsyncLifetime
{
    private InProcessSilo? _silo;

    public InProcessSilo Silo => _silo ?? throw new InvalidOperationException("The silo has not started.");

    public IGrainFactory GrainFactory => Silo.GrainFactory;

    public async Task InitializeAsync() => _silo = await TestSilos.StartAsync();

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SiloCollection : ICollectionFixture<SiloFixture>
{
    public const string Name = "Shared silo";
}
