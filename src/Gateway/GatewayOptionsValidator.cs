using Microsoft.Extensions.Options;

namespace Routing.Gateway;

/// <summary>Stops startup with the key's name when a gateway setting is out of range.</summary>
internal sealed class GatewayOptionsValidator : IValidateOptions<GatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        var failures = new List<string>();
        const string Section = GatewayOptions.SectionName;
        if (options.AdminKey is { Length: < 12 })
        {
            failures.Add($"{Section}:AdminKey must be at least 12 characters when set.");
        }

        if (options.MaxRequestBodyBytes is < 1024 or > 16 * 1024 * 1024)
        {
            failures.Add($"{Section}:MaxRequestBodyBytes is {options.MaxRequestBodyBytes}; it must be 1 KiB-16 MiB.");
        }

        if (options.TokenLifetime < TimeSpan.FromMinutes(1) || options.TokenLifetime > TimeSpan.FromDays(7))
        {
            failures.Add($"{Section}:TokenLifetime is {options.TokenLifetime}; it must be 1 minute-7 days.");
        }

        if (options.CredentialCacheDuration < TimeSpan.Zero || options.CredentialCacheDuration > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{Section}:CredentialCacheDuration is {options.CredentialCacheDuration}; it must be 0-10 minutes.");
        }

        if (options.MaxConcurrentRequests is < 1 or > 1_000_000)
        {
            failures.Add($"{Section}:MaxConcurrentRequests is {options.MaxConcurrentRequests}; it must be 1-1,000,000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
