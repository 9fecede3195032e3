namespace Routing.Gateway.Authentication;

/// <summary>A sign-in answer.</summary>
/// <param name="TokenType">Always <c>Bearer</c>.</param>
/// <param name="AccessToken">The token: <c>Authorization: Bearer …</c>, or <c>?access_token=</c> on hub connections.</param>
/// <param name="ExpiresIn">Seconds until it expires.</param>
public sealed record AccessTokenResponse(string TokenType, string AccessToken, long ExpiresIn);
