namespace Routing.Runtime.Tests.TestGrains;

public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> counter) : Grain, ICounterGrain
{
    public async Task<int> Increment(string note)
    {
        counter.State.Value++;
        counter.State.Notes.Add(note);
        await counter.WriteStateAsync();
        return counter.State.Value;
    }

    public Task<CounterState> Get() => Task.FromResult(counter.State);

    public Task<string?> GetEtag() => Task.FromResult(counter.Etag);

    public Task Clear() => counter.ClearStateAsync();

    public Task DeactivateSoon()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
