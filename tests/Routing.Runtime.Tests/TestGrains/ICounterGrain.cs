namespace Routing.Runtime.Tests.TestGrains;

/// <summary>A grain with persistent state.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Increment(string note);

    Task<CounterState> Get();

    Task<string?> GetEtag();

    Task Clear();

    Task DeactivateSoon();
}

public sealed class CounterState
{
    public int Value { get; set; }

    public List<string> Notes { get; set; } = [];
}
