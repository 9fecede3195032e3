using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Routing.Runtime.PostgreSql;

/// <summary>
/// Validates <see cref="PostgreSqlStorageOptions"/> at startup, naming the configuration key of each failure.
/// </summary>
public sealed partial class PostgreSqlStorageOptionsValidator : IValidateOptions<PostgreSqlStorageOptions>
{
    private const string Prefix = PostgreSqlStorageOptions.SectionName + ":";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PostgreSqlStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{Prefix}ConnectionString is required: an Npgsql connection string such as 'Host=localhost;Database=routing;Username=routing'.");
        }
        else if (ParseError(options.ConnectionString) is { } error)
        {
            failures.Add($"{Prefix}ConnectionString is not a valid Npgsql connection string: {error}");
        }

        if (options.Schema is null || !IdentifierPattern().IsMatch(options.Schema))
        {
            failures.Add($"{Prefix}Schema must be a lower-case SQL identifier (a letter or '_' followed by up to 62 letters, digits or '_'), but is '{options.Schema}'.");
        }

        if (options.MaxBatchSize is < 1 or > 1000)
        {
            failures.Add($"{Prefix}MaxBatchSize must be between 1 and 1000, but is {options.MaxBatchSize}.");
        }

        if (options.MaxConcurrentBatches is < 1 or > 16)
        {
            failures.Add($"{Prefix}MaxConcurrentBatches must be between 1 and 16, but is {options.MaxConcurrentBatches}.");
        }

        if (options.CommandTimeout is { } timeout && (timeout <= TimeSpan.Zero || timeout > TimeSpan.FromHours(1)))
        {
            failures.Add($"{Prefix}CommandTimeout must be more than zero and at most 01:00:00, but is {timeout}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? ParseError(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return null;
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }
        catch (FormatException exception)
        {
            return exception.Message;
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
