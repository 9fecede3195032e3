namespace Routing.Gateway.Api;

/// <summary>A sign-in.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="UserId">The agent or supervisor id.</param>
/// <param name="Password">The password.</param>
public sealed record SignInRequest(string? TenantId, string? UserId, string? Password);
