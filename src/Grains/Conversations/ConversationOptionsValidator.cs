using Microsoft.Extensions.Options;

namespace Routing.Grains.Conversations;

/// <summary>Validates <see cref="ConversationOptions"/> at startup.</summary>
public sealed class ConversationOptionsValidator : IValidateOptions<ConversationOptions>
{
    public ValidateOptionsResult Validate(string? name, ConversationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.EventFlushDelay < TimeSpan.Zero || options.EventFlushDelay > TimeSpan.FromMinutes(1)
            ? ValidateOptionsResult.Fail($"{ConversationOptions.SectionName}:EventFlushDelay must be between 0 and 1 minute (was {options.EventFlushDelay}).")
            : ValidateOptionsResult.Success;
    }
}
