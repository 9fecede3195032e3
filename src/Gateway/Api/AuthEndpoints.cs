using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Routing.Gateway.Authentication;
using Routing.Gateway.Errors;
using Routing.Grains.Interfaces.Access;
using Routing.Grains.Interfaces.Model;
using Routing.Runtime;

namespace Routing.Gateway.Api;

/// <summary><c>POST /api/v1/auth/token</c>: agents and supervisors sign in for a bearer token.</summary>
public static class AuthEndpoints
{
    /// <summary>Maps the sign-in endpoint.</summary>
    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/auth/token", SignInAsync)
            .AllowAnonymous()
            .WithName("SignIn")
            .WithSummary("Signs an agent or supervisor in and returns a bearer token.");
        return api;
    }

    private static async Task<Results<Ok<AccessTokenResponse>, ValidationProblem, ProblemHttpResult>> SignInAsync(SignInRequest request, IGrainFactory grains, TokenFactory tokens)
    {
        var errors = new ValidationErrors()
            .AddIf(!Identifiers.IsValid(request.TenantId), "tenantId", $"tenantId {Identifiers.Rule}.")
            .AddIf(!Identifiers.IsValid(request.UserId), "userId", $"userId {Identifiers.Rule}.")
            .AddIf(string.IsNullOrEmpty(request.Password) || request.Password.Length > CredentialRules.MaxPasswordLength, "password", $"password must be 1-{CredentialRules.MaxPasswordLength} characters.");
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var account = await grains.GetGrain<ITenantUserGrain>(Identifiers.Scoped(request.TenantId!, request.UserId!)).SignIn(request.Password!);
        // One answer for an unknown tenant, an unknown user and a wrong password: nothing to enumerate.
        return account is null
            ? TypedResults.Problem(title: "Sign-in failed.", detail: "The tenant, user or password is wrong.", statusCode: StatusCodes.Status401Unauthorized)
            : TypedResults.Ok(tokens.Issue(TokenIssuer.ForUser(account)));
    }
}
