namespace Routing.Runtime.Tests.TestGrains;

public interface IChatObserver : IGrainObserver
{
    [OneWay]
    Task OnMessage(string text);
}

/// <summary>Keeps observer subscriptions in an <see cref="ObserverManager{TObserver}"/> and publishes to them.</summary>
public interface IChatRoomGrain : IGrainWithStringKey
{
    Task Subscribe(IChatObserver observer);

    Task Unsubscribe(IChatObserver observer);

    /// <summary>Returns how many subscribers the message reached.</summary>
    Task<int> Publish(string text);

    Task<int> GetSubscriberCount();
}
