using Routing.Grains.Interfaces.Access;

namespace Routing.Gateway.Contracts;

/// <summary>A tenant user (never its password).</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="UserId">The user id (an agent's agent id).</param>
/// <param name="Role">Agent or supervisor.</param>
/// <param name="DisplayName">The display name.</param>
/// <param name="Agent">The agent's routing state, for agents.</param>
public sealed record UserDto(string TenantId, string UserId, UserRole Role, string DisplayName, AgentDto? Agent);
