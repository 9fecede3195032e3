using Microsoft.Extensions.Logging;

namespace Routing.Runtime.Tests.TestGrains;

public sealed class ChatRoomGrain(ILogger<ChatRoomGrain> logger) : Grain, IChatRoomGrain
{
    public static readonly TimeSpan SubscriptionLease = TimeSpan.FromMinutes(5);

    private ObserverManager<IChatObserver>? _observers;

    private ObserverManager<IChatObserver> Observers => _observers ??= new(SubscriptionLease, TimeProvider, logger);

    public Task Subscribe(IChatObserver observer)
    {
        Observers.Subscribe(observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IChatObserver observer)
    {
        Observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task<int> Publish(string text) => Observers.NotifyAsync(observer => observer.OnMessage(text));

    public Task<int> GetSubscriberCount() => Task.FromResult(Observers.Count);
}
