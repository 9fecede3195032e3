using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Routing.Runtime.Diagnostics;
using Routing.Runtime.Hosting;
using Routing.Runtime.Messaging;
using Routing.Runtime.Placement;
using Routing.Runtime.Reminders;

namespace Routing.Runtime.Activation;

/// <summary>The silo-wide services every activation uses, gathered so an activation holds one reference.</summary>
internal sealed class ActivationServices(
    IServiceProvider services,
    RuntimeClient client,
    IGrainFactory grainFactory,
    IGrainDirectory directory,
    LocalSilo localSilo,
    ReminderService reminders,
    TimeProvider timeProvider,
    IOptions<MessagingOptions> messagingOptions,
    ILoggerFactory loggerFactory,
    ActivityTracker? tracker = null)
{
    /// <summary>Counts work in hand for tests; null in production.</summary>
    public ActivityTracker? Tracker { get; } = tracker;

    public IServiceProvider Services { get; } = services;

    public RuntimeClient Client { get; } = client;

    public IGrainFactory GrainFactory { get; } = grainFactory;

    public IGrainDirectory Directory { get; } = directory;

    public LocalSilo LocalSilo { get; } = localSilo;

    public ReminderService Reminders { get; } = reminders;

    public TimeProvider TimeProvider { get; } = timeProvider;

    public int MaxForwardCount { get; } = messagingOptions.Value.MaxForwardCount;

    public ILogger Logger { get; } = loggerFactory.CreateLogger("Routing.Runtime.Activation");
}
