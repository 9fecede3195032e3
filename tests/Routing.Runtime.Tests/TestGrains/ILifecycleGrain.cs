namespace Routing.Runtime.Tests.TestGrains;

/// <summary>Reports its activations and deactivations through signals named after its key.</summary>
public interface ILifecycleGrain : IGrainWithStringKey
{
    /// <summary>The id of the current activation (new for every activation).</summary>
    Task<Guid> GetActivationId();

    Task DeactivateSoon();

    /// <summary>Makes the next OnDeactivateAsync wait for signal "deactivate-gate-{key}".</summary>
    Task GateDeactivation();
}

public interface IShortLivedGrain : IGrainWithStringKey
{
    Task<Guid> GetActivationId();

    /// <summary>Sets signal "entered-{tag}", then waits for signal "release-{tag}".</summary>
    Task Hold(string tag);
}

public interface IFailingActivationGrain : IGrainWithStringKey
{
    Task<string> Hello();
}
