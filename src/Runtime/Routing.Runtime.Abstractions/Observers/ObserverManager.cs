using Microsoft.Extensions.Logging;

namespace Routing.Runtime;

/// <summary>
/// Keeps a grain's observer subscriptions and fans notifications out to them. Subscriptions are leases: an
/// observer that does not subscribe again within <see cref="ExpirationDuration"/> expires, so clients that vanished
/// without unsubscribing stop costing pushes. A push that fails is logged with its target and, when the observer is
/// gone, the subscription is dropped; a failure is never swallowed silently.
/// </summary>
/// <remarks>Not thread-safe: use it only from its grain's turns.</remarks>
/// <typeparam name="TObserver">The observer interface.</typeparam>
public sealed partial class ObserverManager<TObserver>(TimeSpan expirationDuration, TimeProvider timeProvider, ILogger logger)
    where TObserver : class, IGrainObserver
{
    private readonly Dictionary<TObserver, DateTimeOffset> _lastSeen = [];

    /// <summary>How long a subscription lasts without being renewed.</summary>
    public TimeSpan ExpirationDuration { get; set; } = expirationDuration;

    /// <summary>The number of subscriptions, including ones that expired but were not yet pruned.</summary>
    public int Count => _lastSeen.Count;

    /// <summary>The current subscribers.</summary>
    public IReadOnlyCollection<TObserver> Observers => _lastSeen.Keys;

    /// <summary>Adds a subscription or renews its lease.</summary>
    public void Subscribe(TObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        _lastSeen[observer] = timeProvider.GetUtcNow();
    }

    /// <summary>Removes a subscription.</summary>
    public bool Unsubscribe(TObserver observer) => _lastSeen.Remove(observer);

    /// <summary>Removes every subscription.</summary>
    public void Clear() => _lastSeen.Clear();

    /// <summary>
    /// Sends a notification to every live subscriber (optionally filtered), after dropping expired ones. Each
    /// target's failure is logged; observers that are gone are unsubscribed. Returns how many pushes succeeded.
    /// </summary>
    public async Task<int> NotifyAsync(Func<TObserver, Task> notification, Func<TObserver, bool>? predicate = null)
    {
        ArgumentNullException.ThrowIfNull(notification);
        PruneExpired();

        var delivered = 0;
        List<TObserver>? gone = null;
        // Snapshot: a push must not be affected by a subscription change made while we await.
        foreach (var observer in _lastSeen.Keys.ToArray())
        {
            if (predicate is not null && !predicate(observer))
            {
                continue;
            }

            try
            {
                await notification(observer);
                delivered++;
            }
            catch (ObserverGoneException exception)
            {
                LogObserverGone(logger, Describe(observer), exception.Message);
                (gone ??= []).Add(observer);
            }
            catch (Exception exception)
            {
                LogNotificationFailed(logger, exception, Describe(observer));
            }
        }

        if (gone is not null)
        {
            foreach (var observer in gone)
            {
                _lastSeen.Remove(observer);
            }
        }

        return delivered;
    }

    private void PruneExpired()
    {
        var now = timeProvider.GetUtcNow();
        List<TObserver>? expired = null;
        foreach (var (observer, lastSeen) in _lastSeen)
        {
            if (now - lastSeen > ExpirationDuration)
            {
                (expired ??= []).Add(observer);
            }
        }

        if (expired is null)
        {
            return;
        }

        foreach (var observer in expired)
        {
            _lastSeen.Remove(observer);
            LogObserverExpired(logger, Describe(observer), ExpirationDuration);
        }
    }

    private static string Describe(TObserver observer) => observer is IGrainReference reference ? reference.GrainId.ToString() : observer.ToString() ?? typeof(TObserver).Name;

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Notification to observer {Observer} failed")]
    private static partial void LogNotificationFailed(ILogger logger, Exception exception, string observer);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Observer {Observer} is gone and was unsubscribed: {Reason}")]
    private static partial void LogObserverGone(ILogger logger, string observer, string reason);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Observer {Observer} expired after {Expiration} without renewing its subscription")]
    private static partial void LogObserverExpired(ILogger logger, string observer, TimeSpan expiration);
}
