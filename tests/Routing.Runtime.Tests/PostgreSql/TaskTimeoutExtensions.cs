namespace Routing.Runtime.Tests.PostgreSql;

/// <summary>Bounds every wait of the storage tests, so a hang fails with the phase it hung in.</summary>
internal static class TaskTimeoutExtensions
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static async Task WithTimeout(this Task task, string phase)
    {
        try
        {
            await task.WaitAsync(DefaultTimeout);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"Timed out after {DefaultTimeout.TotalSeconds} s: {phase}.", exception);
        }
    }

    public static async Task<T> WithTimeout<T>(this Task<T> task, string phase)
    {
        try
        {
            return await task.WaitAsync(DefaultTimeout);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"Timed out after {DefaultTimeout.TotalSeconds} s: {phase}.", exception);
        }
    }
}
