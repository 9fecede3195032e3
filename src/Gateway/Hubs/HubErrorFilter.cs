using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Routing.Gateway.Authentication;
using Routing.Gateway.Errors;
using Routing.Grains.Interfaces.Conversations;
using Routing.Runtime;

namespace Routing.Gateway.Hubs;

/// <summary>
/// Gives hub callers the same answers as the REST API, as <see cref="HubException"/> messages: invalid fields, not
/// found, impossible state changes, busy. Anything else is logged and answered with a generic message, never details.
/// </summary>
internal sealed class HubErrorFilter(ILogger<HubErrorFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(invocationContext);
        }
        catch (Exception exception) when (exception is not HubException)
        {
            throw exception switch
            {
                RequestValidationException invalid => new HubException("Invalid: " + string.Join(" ", invalid.Errors.SelectMany(pair => pair.Value))),
                KeyNotFoundException missing => new HubException("Not found: " + missing.Message),
                ConversationRuleException rule => new HubException("Conflict: " + rule.Message),
                ArgumentException argument => new HubException("Invalid: " + argument.Message),
                GrainCallTimeoutException => new HubException("Busy: the server is busy; retry shortly."),
                _ => Unexpected(invocationContext, exception),
            };
        }
    }

    private HubException Unexpected(HubInvocationContext context, Exception exception)
    {
        var tenant = context.Context.User?.FindFirst(GatewayClaims.Tenant)?.Value ?? "";
        GatewayLog.HubMethodFailed(logger, exception, context.Hub.GetType().Name, context.HubMethodName, tenant);
        return new HubException("An unexpected error occurred.");
    }
}
