namespace Routing.Runtime.Tests.Infrastructure;

/// <summary>Awaits racing compare-and-swap attempts and records each one's winner value or conflict.</summary>
public static class ConflictOutcomes
{
    public static async Task<(T? Value, Exception? Error)[]> SettleAsync<T>(Task<T>[] attempts)
    {
        var outcomes = new (T? Value, Exception? Error)[attempts.Length];
        for (var i = 0; i < attempts.Length; i++)
        {
            try
            {
                outcomes[i] = (await attempts[i], null);
            }
            catch (InconsistentStateException exception)
            {
                outcomes[i] = (default, exception);
            }
        }

        return outcomes;
    }

    public static async Task<Exception?[]> SettleAsync(Task[] attempts)
    {
        var errors = new Exception?[attempts.Length];
        for (var i = 0; i < attempts.Length; i++)
        {
            try
            {
                await attempts[i];
            }
            catch (InconsistentStateException exception)
            {
                errors[i] = exception;
            }
        }

        return errors;
    }
}
