using Microsoft.Extensions.Options;
using Routing.Grains.Interfaces.Model;

namespace Routing.Silo.Demo;

/// <summary>Validates <see cref="DemoOptions"/> at startup.</summary>
internal sealed class DemoOptionsValidator : IValidateOptions<DemoOptions>
{
    public ValidateOptionsResult Validate(string? name, DemoOptions options)
        => Identifiers.IsValid(options.TenantId)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{DemoOptions.SectionName}:TenantId {Identifiers.Rule} (was '{options.TenantId}').");
}
