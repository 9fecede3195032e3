using Routing.Gateway.Contracts;
using Routing.Gateway.Errors;
using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Queues;

namespace Routing.Gateway.Services;

/// <summary>Turns an admin queue request into a validated <see cref="QueueDefinition"/>, naming invalid fields as the JSON body does.</summary>
public static class QueueRequestMapper
{
    // Durations arrive as seconds; anything beyond this cannot be a routing setting and would overflow a TimeSpan.
    private const double MaxSeconds = 10_000_000;

    /// <summary>The definition, or <see cref="RequestValidationException"/> naming every invalid field.</summary>
    public static QueueDefinition ToDefinition(string queueId, QueueRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors()
            .Id(request.Skill, "skill")
            .Text(request.DisplayName, "displayName", 100, required: false)
            .Seconds(request.FirstResponseTargetSeconds, "firstResponseTargetSeconds")
            .Seconds(request.OfferTimeoutSeconds, "offerTimeoutSeconds")
            .Seconds(request.PreferredAgentWindowSeconds, "preferredAgentWindowSeconds")
            .Seconds(request.MaxEstimatedWaitSeconds, "maxEstimatedWaitSeconds")
            .AddIf(request.EscalationSteps is { Count: > 20 }, "escalationSteps", "escalationSteps holds at most 20 steps.");
        var steps = request.EscalationSteps ?? [];
        for (var i = 0; i < steps.Count; i++)
        {
            errors.AddIf(steps[i] is null, $"escalationSteps[{i}]", "a step must be an object.")
                .Seconds(steps[i]?.AfterSeconds, $"escalationSteps[{i}].afterSeconds");
        }

        errors.ThrowIfAny();
        var defaults = new QueueDefinition { QueueId = queueId, Skill = request.Skill! };
        var definition = defaults with
        {
            DisplayName = request.DisplayName ?? queueId,
            MinProficiency = request.MinProficiency ?? defaults.MinProficiency,
            Strategy = request.Strategy ?? defaults.Strategy,
            FirstResponseTarget = Duration(request.FirstResponseTargetSeconds) ?? defaults.FirstResponseTarget,
            OfferTimeout = Duration(request.OfferTimeoutSeconds) ?? defaults.OfferTimeout,
            PreferredAgentWindow = Duration(request.PreferredAgentWindowSeconds) ?? defaults.PreferredAgentWindow,
            AgingPerMinute = request.AgingPerMinute ?? defaults.AgingPerMinute,
            EscalationSteps = [.. steps.Select(step => step.ToStep())],
            MaxQueueLength = request.MaxQueueLength,
            MaxEstimatedWait = Duration(request.MaxEstimatedWaitSeconds),
        };

        var invalid = QueueDefinitionValidator.Validate(definition);
        if (invalid.Count > 0)
        {
            throw new RequestValidationException(invalid.ToDictionary(pair => JsonField(pair.Key), pair => new[] { pair.Value }, StringComparer.Ordinal));
        }

        return definition;
    }

    private static ValidationErrors Seconds(this ValidationErrors errors, double? seconds, string field)
        => errors.AddIf(seconds is { } value && (double.IsNaN(value) || value is < 0 or > MaxSeconds), field, $"{field} must be 0-{MaxSeconds:N0} seconds.");

    private static TimeSpan? Duration(double? seconds) => seconds is { } value ? TimeSpan.FromSeconds(value) : null;

    // The validator names the grain's properties (FirstResponseTarget, EscalationSteps[0].After); the body's fields are
    // camelCase and durations end in Seconds.
    private static string JsonField(string property)
    {
        var parts = property.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = char.ToLowerInvariant(parts[i][0]) + parts[i][1..];
            parts[i] = part is "firstResponseTarget" or "offerTimeout" or "preferredAgentWindow" or "maxEstimatedWait" or "after" ? part + "Seconds" : part;
        }

        return string.Join('.', parts);
    }

    /// <summary>True when <paramref name="value"/> is a valid id (for route parameters).</summary>
    public static bool IsId(string? value) => Identifiers.IsValid(value);
}
