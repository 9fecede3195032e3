using Routing.Grains.Interfaces.Model;
using Routing.Grains.Interfaces.Queues;

namespace Routing.Gateway.Contracts;

/// <summary>A queue's definition as the admin API shows it (the fields of <see cref="QueueRequest"/>).</summary>
public sealed record QueueDto(
    string QueueId,
    string DisplayName,
    string Skill,
    int MinProficiency,
    RoutingStrategy Strategy,
    double FirstResponseTargetSeconds,
    double OfferTimeoutSeconds,
    double PreferredAgentWindowSeconds,
    double AgingPerMinute,
    IReadOnlyList<EscalationStepDto> EscalationSteps,
    int? MaxQueueLength,
    double? MaxEstimatedWaitSeconds)
{
    /// <summary>Maps a definition.</summary>
    public static QueueDto From(QueueDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new(
            definition.QueueId, definition.DisplayName, definition.Skill, definition.MinProficiency, definition.Strategy,
            definition.FirstResponseTarget.TotalSeconds, definition.OfferTimeout.TotalSeconds, definition.PreferredAgentWindow.TotalSeconds,
            definition.AgingPerMinute, [.. definition.EscalationSteps.Select(EscalationStepDto.From)], definition.MaxQueueLength,
            definition.MaxEstimatedWait?.TotalSeconds);
    }
}
