using Microsoft.Extensions.Options;

namespace Routing.Runtime.Hosting;

/// <summary>Validates <see cref="GrainCollectionOptions"/> at startup.</summary>
internal sealed class GrainCollectionOptionsValidator : IValidateOptions<GrainCollectionOptions>
{
    public ValidateOptionsResult Validate(string? name, GrainCollectionOptions options)
    {
        var failures = new List<string>();
        if (options.CollectionAge < TimeSpan.FromSeconds(1))
        {
            failures.Add($"{GrainCollectionOptions.SectionName}:CollectionAge must be at least 1 second (was {options.CollectionAge}).");
        }

        if (options.CollectionQuantum < TimeSpan.FromMilliseconds(100))
        {
            failures.Add($"{GrainCollectionOptions.SectionName}:CollectionQuantum must be at least 100 ms (was {options.CollectionQuantum}).");
        }

        foreach (var (grainType, age) in options.ClassSpecificCollectionAge)
        {
            if (age < TimeSpan.FromSeconds(1))
            {
                failures.Add($"{GrainCollectionOptions.SectionName}:ClassSpecificCollectionAge:{grainType} must be at least 1 second (was {age}).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
