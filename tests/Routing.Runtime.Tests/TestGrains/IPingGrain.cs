namespace Routing.Runtime.Tests.TestGrains;

public interface IPingGrain : IGrainWithStringKey
{
    Task Ping();

    Task<string> Echo(string text);

    ValueTask<int> Add(int a, int b);

    ValueTask Touch();

    Task Throw(string message);

    [OneWay]
    Task Notify(string signalName);

    Task<int> GetCallCount();
}

public interface IGuidPingGrain : IGrainWithGuidKey
{
    Task<Guid> GetKey();
}

public interface IIntegerPingGrain : IGrainWithIntegerKey
{
    Task<long> GetKey();
}
