using Routing.Grains.Interfaces.Access;
using Routing.Grains.Interfaces.Model;

namespace Routing.Gateway.Contracts;

/// <summary>Creates or replaces a tenant user; an agent's routing profile is configured with it.</summary>
/// <param name="Role">Agent or supervisor (required).</param>
/// <param name="Password">4-256 characters (required).</param>
/// <param name="DisplayName">The name consoles and customers see, 1-100 characters (required).</param>
/// <param name="Skills">For agents: skill → proficiency 1-5 (required for agents, at least one).</param>
/// <param name="Capacity">For agents: concurrent conversations, 1-10. Default 3.</param>
/// <param name="Tier">For agents: regular or senior. Default regular.</param>
/// <param name="WrapUpSeconds">For agents: after-contact work holding a slot, 0-1,800 s. Default 30.</param>
public sealed record UserRequest(
    UserRole? Role,
    string? Password,
    string? DisplayName,
    IReadOnlyDictionary<string, int>? Skills = null,
    int? Capacity = null,
    AgentTier? Tier = null,
    int? WrapUpSeconds = null);
