using Routing.Runtime.Tests.Infrastructure;

namespace Routing.Runtime.Tests.TestGrains;

public sealed class PingGrain : Grain, IPingGrain
{
    private int _calls;

    public Task Ping()
    {
        _calls++;
        return Task.CompletedTask;
    }

    public Task<string> Echo(string text)
    {
        _calls++;
        return Task.FromResult($"{GetPrimaryKeyString()}:{text}");
    }

    public async ValueTask<int> Add(int a, int b)
    {
        _calls++;
        await Task.Yield();
        return a + b;
    }

    public ValueTask Touch()
    {
        _calls++;
        return ValueTask.CompletedTask;
    }

    public async Task Throw(string message)
    {
        _calls++;
        await Task.Yield();
        throw new InvalidOperationException(message);
    }

    public Task Notify(string signalName)
    {
        _calls++;
        Signals.Set(signalName, GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public Task<int> GetCallCount() => Task.FromResult(_calls);
}

public sealed class GuidPingGrain : Grain, IGuidPingGrain
{
    public Task<Guid> GetKey() => Task.FromResult(GetPrimaryKey());
}

public sealed class IntegerPingGrain : Grain, IIntegerPingGrain
{
    public Task<long> GetKey() => Task.FromResult(GetPrimaryKeyLong());
}
