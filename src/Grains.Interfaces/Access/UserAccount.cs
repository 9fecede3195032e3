namespace Routing.Grains.Interfaces.Access;

/// <summary>A tenant's user as the gateway sees it after sign-in (never the password or its hash).</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="UserId">The user id; for an agent, its agent id.</param>
/// <param name="Role">Agent or supervisor.</param>
/// <param name="DisplayName">The name shown in consoles.</param>
public sealed record UserAccount(string TenantId, string UserId, UserRole Role, string DisplayName);
