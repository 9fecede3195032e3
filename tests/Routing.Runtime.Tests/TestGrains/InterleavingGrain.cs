using Routing.Runtime.Tests.Infrastructure;

namespace Routing.Runtime.Tests.TestGrains;

public sealed class InterleavingGrain : Grain, IInterleavingGrain
{
    public async Task Hold(string tag)
    {
        Signals.Set($"entered-{tag}");
        await Signals.WaitAsync($"release-{tag}");
    }

    public Task<string> Peek(string tag)
    {
        Signals.Set($"entered-{tag}");
        return Task.FromResult("peeked");
    }

    public async Task Read(string tag)
    {
        Signals.Set($"entered-{tag}");
        await Signals.WaitAsync($"release-{tag}");
    }
}
