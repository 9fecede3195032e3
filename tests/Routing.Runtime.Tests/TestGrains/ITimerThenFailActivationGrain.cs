namespace Routing.Runtime.Tests.TestGrains;

/// <summary>Registers a grain timer in OnActivateAsync and then fails its activation.</summary>
public interface ITimerThenFailActivationGrain : IGrainWithStringKey
{
    Task<string> Hello();
}
