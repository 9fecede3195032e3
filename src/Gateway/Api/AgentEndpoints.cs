using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Routing.Gateway.Authentication;
using Routing.Gateway.Contracts;
using Routing.Gateway.Services;

namespace Routing.Gateway.Api;

/// <summary>The agent side, <c>/api/v1/agent</c>: a signed-in agent's presence, offers and conversations.</summary>
public static class AgentEndpoints
{
    /// <summary>Maps the agent endpoints.</summary>
    public static RouteGroupBuilder MapAgentEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/agent").RequireAuthorization(GatewayPolicies.Agent).WithTags("Agent");
        group.MapGet("/me", MeAsync).WithName("GetAgent").WithSummary("The agent's presence, capacity, open offers and conversations.");
        group.MapPut("/presence", SetPresenceAsync).WithName("SetPresence").WithSummary("Sets presence: available, away or offline.");
        group.MapPost("/offers/{offerId}/accept", AcceptAsync).WithName("AcceptOffer").WithSummary("Accepts an open offer; 409 once it expired or was withdrawn.");
        group.MapPost("/offers/{offerId}/reject", RejectAsync).WithName("RejectOffer").WithSummary("Rejects an open offer; the conversation keeps its place.");
        group.MapGet("/conversations", ListAsync).WithName("ListAgentConversations").WithSummary("Assigned conversations and those in wrap-up.");
        group.MapGet("/conversations/{conversationId}", GetAsync).WithName("GetAgentConversation");
        group.MapPost("/conversations/{conversationId}/messages", SendAsync).WithName("SendAgentMessage").WithSummary("Sends a message. Honours Idempotency-Key.");
        group.MapPost("/conversations/{conversationId}/transfer", TransferAsync).WithName("TransferConversation").WithSummary("Transfers to a queue or an agent, with a note.");
        group.MapPost("/conversations/{conversationId}/close", CloseAsync).WithName("WrapUpConversation").WithSummary("Closes with an optional wrap-up code; wrap-up holds the slot for a while.");
        return api;
    }

    private static async Task<Ok<AgentDto>> MeAsync(ClaimsPrincipal user, AgentService agents)
        => TypedResults.Ok(await agents.GetAsync(user.TenantId(), user.UserId()));

    private static async Task<Ok<AgentDto>> SetPresenceAsync(PresenceRequest request, ClaimsPrincipal user, AgentService agents)
        => TypedResults.Ok(await agents.SetPresenceAsync(user.TenantId(), user.UserId(), request.Presence));

    private static async Task<Ok<ConversationDto>> AcceptAsync(string offerId, ClaimsPrincipal user, AgentService agents)
        => TypedResults.Ok(await agents.AcceptAsync(user.TenantId(), user.UserId(), offerId));

    private static async Task<NoContent> RejectAsync(string offerId, ClaimsPrincipal user, AgentService agents)
    {
        await agents.RejectAsync(user.TenantId(), user.UserId(), offerId);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<ConversationDto>>> ListAsync(ClaimsPrincipal user, AgentService agents)
        => TypedResults.Ok(await agents.ListAsync(user.TenantId(), user.UserId()));

    private static async Task<Ok<ConversationDto>> GetAsync(string conversationId, ClaimsPrincipal user, AgentService agents)
        => TypedResults.Ok(await agents.GetConversationAsync(user.TenantId(), user.UserId(), conversationId));

    private static async Task<Created<TranscriptEntryDto>> SendAsync(
        string conversationId, SendMessageRequest request, [FromHeader(Name = ConversationEndpoints.IdempotencyHeader)] string? idempotencyKey, ClaimsPrincipal user, AgentService agents)
    {
        var entry = await agents.SendAsync(user.TenantId(), user.UserId(), conversationId, request.Text, idempotencyKey);
        return TypedResults.Created($"/api/v1/agent/conversations/{conversationId}/messages/{entry.Sequence}", entry);
    }

    private static async Task<Ok<ConversationDto>> TransferAsync(string conversationId, TransferRequest request, ClaimsPrincipal user, AgentService agents)
        => TypedResults.Ok(await agents.TransferAsync(user.TenantId(), user.UserId(), conversationId, request));

    private static async Task<Ok<ConversationDto>> CloseAsync(string conversationId, CloseConversationRequest? request, ClaimsPrincipal user, AgentService agents)
        => TypedResults.Ok(await agents.CloseAsync(user.TenantId(), user.UserId(), conversationId, request?.WrapUpCode));
}
