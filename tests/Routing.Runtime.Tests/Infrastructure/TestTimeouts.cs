namespace Routing.Runtime.Tests.Infrastructure;

/// <summary>Bounds every wait in the tests, so a hang fails with a message instead of stalling the run.</summary>
public static class TestTimeouts
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(15);

    public static async Task<T> DefaultTimeout<T>(this Task<T> task, string what)
    {
        try
        {
            return await task.WaitAsync(Default);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            throw new TimeoutException($"Timed out after {Default} waiting for {what}.");
        }
    }

    public static async Task DefaultTimeout(this Task task, string what)
    {
        try
        {
            await task.WaitAsync(Default);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            throw new TimeoutException($"Timed out after {Default} waiting for {what}.");
        }
    }
}
