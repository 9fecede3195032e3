using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Routing.Runtime.Metadata;

namespace Routing.Runtime.Hosting;

/// <summary>Configures the runtime: which grain classes it hosts, and (through extension methods) which providers.</summary>
public sealed class RoutingRuntimeBuilder
{
    private readonly GrainClassCatalog _catalog;

    internal RoutingRuntimeBuilder(IServiceCollection services, GrainClassCatalog catalog)
    {
        Services = services;
        _catalog = catalog;
    }

    /// <summary>The service collection, for provider extension methods.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Hosts every grain class of an assembly.</summary>
    public RoutingRuntimeBuilder AddGrainsFromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        _catalog.AddAssembly(assembly);
        return this;
    }

    /// <summary>Hosts one grain class.</summary>
    public RoutingRuntimeBuilder AddGrain<TGrain>() where TGrain : Grain
    {
        _catalog.AddClass(typeof(TGrain));
        return this;
    }
}
