using System.Collections.Concurrent;

namespace Routing.Runtime.Tests.Infrastructure;

/// <summary>
/// Named one-shot signals between test grains and tests, so tests wait on events (bounded by a timeout) instead of
/// sleeping or polling. Names carry a per-test unique key, so parallel tests never share a signal.
/// </summary>
public static class Signals
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource<string>> s_signals = new(StringComparer.Ordinal);

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public static void Set(string name, string value = "") => Get(name).TrySetResult(value);

    public static async Task<string> WaitAsync(string name, TimeSpan? timeout = null)
    {
        try
        {
            return await Get(name).Task.WaitAsync(timeout ?? DefaultTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Signal '{name}' was not set within {timeout ?? DefaultTimeout}.");
        }
    }

    public static bool IsSet(string name) => s_signals.TryGetValue(name, out var signal) && signal.Task.IsCompleted;

    private static TaskCompletionSource<string> Get(string name)
        => s_signals.GetOrAdd(name, static _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
}
