using Routing.Grains.Interfaces.Model;

namespace Routing.Grains.Interfaces.Queues;

/// <summary>Checks a <see cref="QueueDefinition"/>; each error names the field and the reason.</summary>
public static class QueueDefinitionValidator
{
    /// <summary>Returns field → reason for every invalid field; empty when the definition is valid.</summary>
    public static IReadOnlyDictionary<string, string> Validate(QueueDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Identifiers.IsValid(definition.QueueId))
        {
            errors[nameof(definition.QueueId)] = Identifiers.Rule;
        }

        if (!Identifiers.IsValid(definition.Skill))
        {
            errors[nameof(definition.Skill)] = Identifiers.Rule;
        }

        if (definition.MinProficiency is < 1 or > 5)
        {
            errors[nameof(definition.MinProficiency)] = "must be between 1 and 5";
        }

        if (definition.FirstResponseTarget <= TimeSpan.Zero || definition.FirstResponseTarget > TimeSpan.FromDays(2))
        {
            errors[nameof(definition.FirstResponseTarget)] = "must be positive and at most 2 days";
        }

        if (definition.OfferTimeout < TimeSpan.FromSeconds(1) || definition.OfferTimeout > TimeSpan.FromMinutes(10))
        {
            errors[nameof(definition.OfferTimeout)] = "must be between 1 second and 10 minutes";
        }

        if (definition.PreferredAgentWindow < TimeSpan.Zero || definition.PreferredAgentWindow > TimeSpan.FromHours(1))
        {
            errors[nameof(definition.PreferredAgentWindow)] = "must be between 0 and 1 hour";
        }

        if (definition.AgingPerMinute is < 0 or > 1000 || double.IsNaN(definition.AgingPerMinute))
        {
            errors[nameof(definition.AgingPerMinute)] = "must be between 0 and 1000";
        }

        if (definition.MaxQueueLength is < 1)
        {
            errors[nameof(definition.MaxQueueLength)] = "must be at least 1 when set";
        }

        if (definition.MaxEstimatedWait is { } maxWait && maxWait <= TimeSpan.Zero)
        {
            errors[nameof(definition.MaxEstimatedWait)] = "must be positive when set";
        }

        ValidateSteps(definition, errors);
        return errors;
    }

    private static void ValidateSteps(QueueDefinition definition, Dictionary<string, string> errors)
    {
        var previous = TimeSpan.Zero;
        for (var i = 0; i < definition.EscalationSteps.Count; i++)
        {
            var step = definition.EscalationSteps[i];
            var field = $"{nameof(definition.EscalationSteps)}[{i}]";
            if (step.After <= previous && i > 0 || step.After <= TimeSpan.Zero)
            {
                errors[$"{field}.{nameof(step.After)}"] = "must be positive and later than the previous step";
            }

            previous = step.After;
            var reason = step.Action switch
            {
                EscalationAction.RaisePriority when step.PriorityBoost is <= 0 or > 1000 => "RaisePriority needs a PriorityBoost between 1 and 1000",
                EscalationAction.WidenPool when step.MinProficiency is null && step.AdditionalSkill is null => "WidenPool needs MinProficiency or AdditionalSkill",
                EscalationAction.WidenPool when step.MinProficiency is < 1 or > 5 => "MinProficiency must be between 1 and 5",
                EscalationAction.WidenPool when step.AdditionalSkill is { } skill && !Identifiers.IsValid(skill) => "AdditionalSkill: " + Identifiers.Rule,
                EscalationAction.Overflow when step.OverflowQueueId is not { } target || !Identifiers.IsValid(target) => "Overflow needs a valid OverflowQueueId",
                EscalationAction.Overflow when step.OverflowQueueId == definition.QueueId => "a queue cannot overflow into itself",
                _ when !Enum.IsDefined(step.Action) => "unknown action",
                _ => null,
            };
            if (reason is not null)
            {
                errors[$"{field}.{nameof(step.Action)}"] = reason;
            }
        }
    }
}
