using Microsoft.Extensions.Options;

namespace Routing.Runtime.Hosting;

/// <summary>Validates <see cref="ReminderOptions"/> at startup.</summary>
internal sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions options)
        => options.MinimumPeriod < TimeSpan.FromSeconds(1)
            ? ValidateOptionsResult.Fail($"{ReminderOptions.SectionName}:MinimumPeriod must be at least 1 second (was {options.MinimumPeriod}).")
            : ValidateOptionsResult.Success;
}
