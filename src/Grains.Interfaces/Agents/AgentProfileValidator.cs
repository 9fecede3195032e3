using Routing.Grains.Interfaces.Model;

namespace Routing.Grains.Interfaces.Agents;

/// <summary>Checks an <see cref="AgentProfile"/>; each error names the field and the reason.</summary>
public static class AgentProfileValidator
{
    /// <summary>Returns field → reason for every invalid field; empty when the profile is valid.</summary>
    public static IReadOnlyDictionary<string, string> Validate(AgentProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(profile.DisplayName) || profile.DisplayName.Length > 100)
        {
            errors[nameof(profile.DisplayName)] = "must be 1-100 characters";
        }

        if (profile.Skills is null || profile.Skills.Count == 0)
        {
            errors[nameof(profile.Skills)] = "must name at least one skill";
        }
        else
        {
            foreach (var (skill, proficiency) in profile.Skills)
            {
                if (!Identifiers.IsValid(skill))
                {
                    errors[$"{nameof(profile.Skills)}[{skill}]"] = "skill " + Identifiers.Rule;
                }
                else if (proficiency is < 1 or > 5)
                {
                    errors[$"{nameof(profile.Skills)}[{skill}]"] = "proficiency must be between 1 and 5";
                }
            }
        }

        if (profile.Capacity is < 1 or > 10)
        {
            errors[nameof(profile.Capacity)] = "must be between 1 and 10";
        }

        if (!Enum.IsDefined(profile.Tier))
        {
            errors[nameof(profile.Tier)] = "must be Regular or Senior";
        }

        if (profile.WrapUpTime < TimeSpan.Zero || profile.WrapUpTime > TimeSpan.FromMinutes(30))
        {
            errors[nameof(profile.WrapUpTime)] = "must be between 0 and 30 minutes";
        }

        return errors;
    }
}
