using Routing.Gateway.Contracts;
using Routing.Gateway.Errors;
using Routing.Gateway.Telemetry;
using Routing.Grains.Interfaces.Agents;
using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;
using Routing.Runtime;

namespace Routing.Gateway.Services;

/// <summary>
/// The agent side, shared by the REST API and the agent hub. An agent acts only on its own offers (its grain holds
/// them) and on conversations it serves; anything else is 404, the same as an id that does not exist.
/// </summary>
public sealed class AgentService(IGrainFactory grains, GatewayMetrics metrics)
{
    /// <summary>The agent's own state.</summary>
    public async Task<AgentDto> GetAsync(string tenantId, string agentId) => AgentDto.From(await ViewAsync(tenantId, agentId));

    /// <summary>Sets presence: available, away or offline.</summary>
    public async Task<AgentDto> SetPresenceAsync(string tenantId, string agentId, AgentPresence? presence)
    {
        new ValidationErrors()
            .AddIf(presence is null, "presence", "presence is required: available, away or offline.")
            .AddIf(presence is AgentPresence.NotResponding, "presence", "presence notResponding is set by the server when an offer times out; choose available, away or offline.")
            .ThrowIfAny();
        await ViewAsync(tenantId, agentId);
        await Agent(tenantId, agentId).SetPresence(presence!.Value);
        return await GetAsync(tenantId, agentId);
    }

    /// <summary>Accepts one of the agent's open offers; 409 when it already ended, 404 when it is not the agent's.</summary>
    public async Task<ConversationDto> AcceptAsync(string tenantId, string agentId, string offerId)
    {
        var offer = await OpenOfferAsync(tenantId, agentId, offerId);
        if (!await Agent(tenantId, agentId).Accept(offerId))
        {
            throw await EndedOfferAsync(tenantId, agentId, offerId);
        }

        return ConversationDto.From(await Conversation(tenantId, offer.Offer.ConversationId).GetView());
    }

    /// <summary>Rejects one of the agent's open offers.</summary>
    public async Task RejectAsync(string tenantId, string agentId, string offerId)
    {
        await OpenOfferAsync(tenantId, agentId, offerId);
        if (!await Agent(tenantId, agentId).Reject(offerId))
        {
            throw await EndedOfferAsync(tenantId, agentId, offerId);
        }
    }

    /// <summary>The conversations the agent serves or wraps up.</summary>
    public async Task<IReadOnlyList<ConversationDto>> ListAsync(string tenantId, string agentId)
    {
        var view = await ViewAsync(tenantId, agentId);
        var views = await Task.WhenAll(view.Assignments.Concat(view.WrapUps).Select(id => Conversation(tenantId, id).GetView()));
        return [.. views.Select(ConversationDto.From)];
    }

    /// <summary>One conversation the agent serves or wraps up.</summary>
    public async Task<ConversationDto> GetConversationAsync(string tenantId, string agentId, string conversationId)
    {
        await RequireHeldAsync(tenantId, agentId, conversationId);
        return ConversationDto.From(await Conversation(tenantId, conversationId).GetView());
    }

    /// <summary>Sends a message as the assigned agent (idempotent per key).</summary>
    public async Task<TranscriptEntryDto> SendAsync(string tenantId, string agentId, string conversationId, string? text, string? idempotencyKey)
    {
        new ValidationErrors().MessageText(text).IdempotencyKey(idempotencyKey).ThrowIfAny();
        await RequireHeldAsync(tenantId, agentId, conversationId);
        var entry = await Conversation(tenantId, conversationId).AddMessage(MessageSender.Agent, agentId, text!, idempotencyKey ?? Guid.NewGuid().ToString("N"));
        metrics.MessageReceived(MessageSender.Agent);
        return TranscriptEntryDto.From(entry);
    }

    /// <summary>Tells the conversation's connections that the agent is typing.</summary>
    public async Task TypingAsync(string tenantId, string agentId, string conversationId)
    {
        await RequireHeldAsync(tenantId, agentId, conversationId);
        await Conversation(tenantId, conversationId).Typing(MessageSender.Agent);
    }

    /// <summary>Transfers to exactly one of a queue or an agent, with a note.</summary>
    public async Task<ConversationDto> TransferAsync(string tenantId, string agentId, string conversationId, TransferRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        new ValidationErrors()
            .Id(request.QueueId, "queueId", required: false)
            .Id(request.AgentId, "agentId", required: false)
            .AddIf((request.QueueId is null) == (request.AgentId is null), "queueId", "name exactly one of queueId or agentId.")
            .AddIf(request.AgentId == agentId, "agentId", "an agent cannot transfer a conversation to itself.")
            .Text(request.Note, "note", 1000, required: false)
            .ThrowIfAny();
        await RequireHeldAsync(tenantId, agentId, conversationId);
        if (request.AgentId is { } targetAgent && (await Agent(tenantId, targetAgent).GetView()).Profile is null)
        {
            throw new KeyNotFoundException($"Agent '{targetAgent}' does not exist.");
        }

        var view = await Conversation(tenantId, conversationId).Transfer(agentId, new TransferTarget(request.QueueId, request.AgentId, request.Note));
        return ConversationDto.From(view);
    }

    /// <summary>Closes the conversation and starts wrap-up, with an optional wrap-up code.</summary>
    public async Task<ConversationDto> CloseAsync(string tenantId, string agentId, string conversationId, string? wrapUpCode)
    {
        new ValidationErrors().Id(wrapUpCode, "wrapUpCode", required: false).ThrowIfAny();
        await RequireHeldAsync(tenantId, agentId, conversationId);
        return ConversationDto.From(await Conversation(tenantId, conversationId).Close(agentId, wrapUpCode));
    }

    private async Task<AgentView> ViewAsync(string tenantId, string agentId)
    {
        var view = await Agent(tenantId, agentId).GetView();
        return view.Profile is null ? throw new KeyNotFoundException($"Agent '{agentId}' has no routing profile; an administrator must configure it.") : view;
    }

    private async Task<OpenOffer> OpenOfferAsync(string tenantId, string agentId, string offerId)
    {
        RequestRules.RequirePathId(offerId, "Offer");
        var view = await ViewAsync(tenantId, agentId);
        return view.Offers.FirstOrDefault(open => open.Offer.OfferId == offerId)
            ?? throw await EndedOfferAsync(tenantId, agentId, offerId);
    }

    private async Task<Exception> EndedOfferAsync(string tenantId, string agentId, string offerId)
        => await Agent(tenantId, agentId).GetOfferOutcome(offerId) is { } outcome
            ? new ConversationRuleException($"Offer '{offerId}' is no longer open: it was {outcome.ToString().ToLowerInvariant()}.")
            : new KeyNotFoundException($"Offer '{offerId}' does not exist.");

    private async Task RequireHeldAsync(string tenantId, string agentId, string conversationId)
    {
        RequestRules.RequirePathId(conversationId, "Conversation");
        var view = await ViewAsync(tenantId, agentId);
        if (!view.Assignments.Contains(conversationId) && !view.WrapUps.Contains(conversationId))
        {
            throw new KeyNotFoundException($"Conversation '{conversationId}' is not one of yours.");
        }
    }

    private IAgentGrain Agent(string tenantId, string agentId) => grains.GetGrain<IAgentGrain>(Identifiers.Scoped(tenantId, agentId));

    private IConversationGrain Conversation(string tenantId, string conversationId) => grains.GetGrain<IConversationGrain>(Identifiers.Scoped(tenantId, conversationId));
}
