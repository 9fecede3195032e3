using Routing.Gateway.Authentication;
using Routing.Gateway.Contracts;
using Microsoft.Extensions.Logging;
using Routing.Gateway.Errors;
using Routing.Gateway.Telemetry;
using Routing.Grains.Interfaces.Conversations;
using Routing.Grains.Interfaces.Model;
using Routing.Runtime;

namespace Routing.Gateway.Services;

/// <summary>
/// The channel and customer side of a conversation, shared by the REST API and the customer hub. Every call is
/// scoped to the caller's tenant: grain keys are <c>tenant/id</c>, so another tenant's id simply names nothing (404).
/// </summary>
public sealed class ConversationService(IGrainFactory grains, TokenFactory tokens, HandoffQueueChooser queues, GatewayMetrics metrics, ILogger<ConversationService> logger)
{
    private const int MaxMetadataEntries = 20;

    /// <summary>Starts a conversation (idempotent under <paramref name="idempotencyKey"/>) and puts it in the bot stage.</summary>
    public async Task<StartConversationResponse> StartAsync(string tenantId, StartConversationRequest request, string? idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateStart(request, idempotencyKey);
        var conversationId = idempotencyKey is null ? ConversationIds.New() : ConversationIds.ForIdempotencyKey(idempotencyKey);
        var grain = Conversation(tenantId, conversationId);
        ConversationView view;
        try
        {
            view = await grain.Start(new StartConversation(
                request.CustomerId!, request.Channel!.Value, request.Tier ?? CustomerTier.Regular, request.Intent ?? Intent.Unknown,
                request.Urgent ?? false, request.FirstMessage, "first", request.OrderId, request.Locale, request.Metadata));
        }
        catch (ConversationRuleException) when (idempotencyKey is not null)
        {
            throw new ConversationRuleException("This Idempotency-Key was already used to start a conversation for another customer.");
        }

        if (view.Status == ConversationStatus.Created)
        {
            view = await grain.EnterBotStage();
            metrics.ConversationStarted(request.Channel.Value);
            GatewayLog.ConversationStarted(logger, tenantId, conversationId, request.Channel.Value.ToString());
        }

        var token = tokens.Issue(TokenIssuer.ForCustomer(tenantId, conversationId, request.CustomerId!));
        return new StartConversationResponse(ConversationDto.From(view), token.AccessToken);
    }

    /// <summary>The conversation, or 404.</summary>
    public async Task<ConversationDto> GetAsync(string tenantId, string conversationId) => ConversationDto.From(await ViewAsync(tenantId, conversationId));

    /// <summary>Stores a customer message (idempotent per key) and returns it with the bot's replies.</summary>
    public async Task<MessageSentResponse> SendAsync(string tenantId, string conversationId, string? customerId, string? text, string? idempotencyKey)
    {
        new ValidationErrors().MessageText(text).IdempotencyKey(idempotencyKey).ThrowIfAny();
        customerId ??= (await ViewAsync(tenantId, conversationId)).Context?.CustomerId;
        var entry = await Conversation(tenantId, conversationId).AddMessage(MessageSender.Customer, customerId, text!, idempotencyKey ?? Guid.NewGuid().ToString("N"));
        metrics.MessageReceived(MessageSender.Customer);
        return new MessageSentResponse(TranscriptEntryDto.From(entry), []);
    }

    /// <summary>Hands the conversation to a human queue: the one named, or the tenant's queue for its intent.</summary>
    public async Task<HandoffResponse> HandoffAsync(string tenantId, string conversationId, HandoffRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        new ValidationErrors().Id(request.QueueId, "queueId", required: false).Text(request.Reason, "reason", 200, required: false).ThrowIfAny();
        var view = await ViewAsync(tenantId, conversationId);
        var queueId = request.QueueId ?? await queues.ChooseAsync(tenantId, view.Context?.Intent ?? Intent.Unknown);
        var result = await Conversation(tenantId, conversationId).RequestHuman(new RequestHuman(queueId, request.Reason ?? "customer request"));
        metrics.Handoff(result.Outcome);
        return new HandoffResponse(result.Outcome, queueId, result.Position, result.EstimatedWait?.TotalSeconds, result.Reason);
    }

    /// <summary>The customer leaves: a waiting conversation is abandoned, one in service ends as if the agent closed it.</summary>
    public async Task<ConversationDto> CloseAsync(string tenantId, string conversationId)
    {
        await ViewAsync(tenantId, conversationId);
        return ConversationDto.From(await Conversation(tenantId, conversationId).Abandon());
    }

    /// <summary>Rates the conversation once, after service.</summary>
    public async Task<ConversationDto> RateAsync(string tenantId, string conversationId, SatisfactionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        new ValidationErrors()
            .AddIf(request.Score is null, "score", "score is required.")
            .AddIf(request.Score is < 1 or > 5, "score", "score must be 1-5.")
            .Text(request.Comment, "comment", 1000, required: false)
            .ThrowIfAny();
        await ViewAsync(tenantId, conversationId);
        return ConversationDto.From(await Conversation(tenantId, conversationId).Rate(request.Score!.Value, request.Comment));
    }

    /// <summary>Tells the conversation's connections that the customer is typing.</summary>
    public Task TypingAsync(string tenantId, string conversationId, MessageSender sender) => Conversation(tenantId, conversationId).Typing(sender);

    private async Task<ConversationView> ViewAsync(string tenantId, string conversationId)
    {
        var view = await Conversation(tenantId, RequestRules.RequirePathId(conversationId, "Conversation")).GetView();
        return view.Status == ConversationStatus.None ? throw new KeyNotFoundException($"Conversation '{conversationId}' does not exist.") : view;
    }

    private IConversationGrain Conversation(string tenantId, string conversationId)
        => grains.GetGrain<IConversationGrain>(Identifiers.Scoped(tenantId, conversationId));

    private static void ValidateStart(StartConversationRequest request, string? idempotencyKey)
    {
        var errors = new ValidationErrors()
            .Id(request.CustomerId, "customerId")
            .AddIf(request.Channel is null, "channel", "channel is required: appChat, webChat, weChat, socialDm, email or phoneCallback.")
            .Id(request.OrderId, "orderId", required: false)
            .Text(request.Locale, "locale", 35, required: false)
            .IdempotencyKey(idempotencyKey);
        if (request.FirstMessage is not null)
        {
            errors.MessageText(request.FirstMessage, "firstMessage");
        }

        if (request.Metadata is { } metadata)
        {
            errors.AddIf(metadata.Count > MaxMetadataEntries, "metadata", $"metadata holds at most {MaxMetadataEntries} entries.");
            foreach (var (key, value) in metadata.Take(MaxMetadataEntries + 1))
            {
                errors.AddIf(key.Length is 0 or > 64, "metadata", "metadata keys must be 1-64 characters.")
                    .AddIf(value is null || value.Length > 500, "metadata", $"metadata['{(key.Length > 64 ? key[..64] : key)}'] must be a string of at most 500 characters.");
            }
        }

        errors.ThrowIfAny();
    }
}
