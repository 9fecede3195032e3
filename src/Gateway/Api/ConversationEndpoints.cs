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

/// <summary>The channel side, <c>/api/v1/conversations</c>, called by channel frontends with their tenant's API key.</summary>
public static class ConversationEndpoints
{
    /// <summary>The header that makes creation and message sends safe to retry.</summary>
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>Maps the channel endpoints.</summary>
    public static RouteGroupBuilder MapConversationEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/conversations").RequireAuthorization(GatewayPolicies.Channel).WithTags("Channel");
        group.MapPost("/", StartAsync).WithName("StartConversation")
            .WithSummary("Starts a conversation; the bot stage comes first. Honours Idempotency-Key.");
        group.MapGet("/{conversationId}", GetAsync).WithName("GetConversation")
            .WithSummary("Status, queue position, estimated wait, assigned agent and transcript.");
        group.MapPost("/{conversationId}/messages", SendAsync).WithName("SendCustomerMessage")
            .WithSummary("Adds a customer message. Honours Idempotency-Key.");
        group.MapPost("/{conversationId}/handoff", HandoffAsync).WithName("RequestHuman")
            .WithSummary("Hands the conversation to a human queue.");
        group.MapPost("/{conversationId}/close", CloseAsync).WithName("CloseConversation")
            .WithSummary("The customer leaves: waiting conversations are abandoned, served ones end.");
        group.MapPost("/{conversationId}/satisfaction", RateAsync).WithName("RateConversation")
            .WithSummary("Rates the conversation 1-5, once, after service.");
        return api;
    }

    private static async Task<Created<StartConversationResponse>> StartAsync(
        StartConversationRequest request, [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey, ClaimsPrincipal user, ConversationService conversations)
    {
        var started = await conversations.StartAsync(user.TenantId(), request, idempotencyKey);
        return TypedResults.Created($"/api/v1/conversations/{started.Conversation.Id}", started);
    }

    private static async Task<Ok<ConversationDto>> GetAsync(string conversationId, ClaimsPrincipal user, ConversationService conversations)
        => TypedResults.Ok(await conversations.GetAsync(user.TenantId(), conversationId));

    private static async Task<Created<MessageSentResponse>> SendAsync(
        string conversationId, SendMessageRequest request, [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey, ClaimsPrincipal user, ConversationService conversations)
    {
        var sent = await conversations.SendAsync(user.TenantId(), conversationId, customerId: null, request.Text, idempotencyKey);
        return TypedResults.Created($"/api/v1/conversations/{conversationId}/messages/{sent.Message.Sequence}", sent);
    }

    private static async Task<Accepted<HandoffResponse>> HandoffAsync(string conversationId, HandoffRequest? request, ClaimsPrincipal user, ConversationService conversations)
        => TypedResults.Accepted($"/api/v1/conversations/{conversationId}", await conversations.HandoffAsync(user.TenantId(), conversationId, request ?? new HandoffRequest()));

    private static async Task<Ok<ConversationDto>> CloseAsync(string conversationId, ClaimsPrincipal user, ConversationService conversations)
        => TypedResults.Ok(await conversations.CloseAsync(user.TenantId(), conversationId));

    private static async Task<Ok<ConversationDto>> RateAsync(string conversationId, SatisfactionRequest request, ClaimsPrincipal user, ConversationService conversations)
        => TypedResults.Ok(await conversations.RateAsync(user.TenantId(), conversationId, request));
}
