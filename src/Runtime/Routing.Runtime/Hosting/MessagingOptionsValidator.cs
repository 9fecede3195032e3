using Microsoft.Extensions.Options;

namespace Routing.Runtime.Hosting;

/// <summary>Validates <see cref="MessagingOptions"/> at startup.</summary>
internal sealed class MessagingOptionsValidator : IValidateOptions<MessagingOptions>
{
    public ValidateOptionsResult Validate(string? name, MessagingOptions options)
    {
        var failures = new List<string>();
        if (options.CallTimeout < TimeSpan.FromMilliseconds(10) || options.CallTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{MessagingOptions.SectionName}:CallTimeout must be between 10 ms and 10 minutes (was {options.CallTimeout}).");
        }

        if (options.MaxForwardCount is < 1 or > 10)
        {
            failures.Add($"{MessagingOptions.SectionName}:MaxForwardCount must be between 1 and 10 (was {options.MaxForwardCount}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
