using Routing.Grains.Interfaces.Model;

namespace Routing.Gateway.Contracts;

/// <summary>An agent sets its presence.</summary>
/// <param name="Presence">Available, away or offline.</param>
public sealed record PresenceRequest(AgentPresence? Presence);
