namespace Routing.Runtime.Tests.TestGrains;

/// <summary>Requests that park on a named gate, to observe which requests may run while another awaits.</summary>
public interface IInterleavingGrain : IGrainWithStringKey
{
    /// <summary>Sets signal "entered-{tag}", then waits for signal "release-{tag}".</summary>
    Task Hold(string tag);

    [AlwaysInterleave]
    Task<string> Peek(string tag);

    /// <summary>Read-only: sets "entered-{tag}", then waits for "release-{tag}".</summary>
    [ReadOnly]
    Task Read(string tag);
}
