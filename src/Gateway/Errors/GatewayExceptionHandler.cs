using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Routing.Grains.Interfaces.Conversations;
using Routing.Runtime;

namespace Routing.Gateway.Errors;

/// <summary>
/// Turns the exceptions a client can cause into problem details with the right status, so a client's mistake is
/// never a 500 and no response ever carries a stack trace. Anything else is a server fault: a 500 with a generic
/// detail, logged with the exception.
/// </summary>
internal sealed partial class GatewayExceptionHandler(IProblemDetailsService problems, ILogger<GatewayExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail, errors) = Classify(exception);
        if (status >= 500)
        {
            LogServerFault(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        if (status is StatusCodes.Status503ServiceUnavailable or StatusCodes.Status429TooManyRequests)
        {
            httpContext.Response.Headers.RetryAfter = "1";
        }

        httpContext.Response.StatusCode = status;
        ProblemDetails problem = errors is null
            ? new ProblemDetails { Status = status, Title = title, Detail = detail }
            : new HttpValidationProblemDetails(errors) { Status = status, Title = title, Detail = detail };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static (int Status, string Title, string? Detail, IDictionary<string, string[]>? Errors) Classify(Exception exception) => exception switch
    {
        BadHttpRequestException { InnerException: System.Text.Json.JsonException { Path: { Length: > 2 } path } } =>
            (StatusCodes.Status400BadRequest, "One or more fields are invalid.", null, new Dictionary<string, string[]> { [FieldOfPath(path)] = [$"{FieldOfPath(path)} has a value of the wrong type or an unknown value."] }),
        BadHttpRequestException bad => (bad.StatusCode, ReasonFor(bad.StatusCode), BadRequestDetail(bad), null),
        RequestValidationException invalid => (StatusCodes.Status400BadRequest, "One or more fields are invalid.", null, invalid.Errors.ToDictionary(pair => pair.Key, pair => pair.Value)),
        ConversationRuleException rule => (StatusCodes.Status409Conflict, "The change is not possible in the current state.", rule.Message, null),
        KeyNotFoundException missing => (StatusCodes.Status404NotFound, "Not found.", missing.Message, null),
        ArgumentException argument => (StatusCodes.Status400BadRequest, "One or more fields are invalid.", null,
            new Dictionary<string, string[]> { [FieldOf(argument)] = [MessageOf(argument)] }),
        GrainCallTimeoutException => (StatusCodes.Status503ServiceUnavailable, "The server is busy; retry shortly.", null, null),
        OperationCanceledException => (StatusCodes.Status503ServiceUnavailable, "The request was cancelled.", null, null),
        _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred.", null, null),
    };

    private static string ReasonFor(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body must be application/json.",
        _ => "The request is malformed.",
    };

    // The framework's messages for body-binding failures name the parameter and the reason, but for JSON errors they
    // add the serializer's position; keep the first sentence and the JSON path, never an inner stack.
    private static string BadRequestDetail(BadHttpRequestException exception)
        => exception.InnerException is System.Text.Json.JsonException json
            ? $"The body is not valid JSON for this request{(json.Path is { } path ? $" (at {path})" : "")}: {FirstSentence(json.Message)}"
            : exception.Message;

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    // "$.escalationSteps[0].action" → "escalationSteps[0].action"
    private static string FieldOfPath(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string FieldOf(ArgumentException exception) => string.IsNullOrEmpty(exception.ParamName) ? "body" : Camel(exception.ParamName);

    // ArgumentException appends " (Parameter 'x')" to its message; the field already says which.
    private static string MessageOf(ArgumentException exception)
        => exception.ParamName is { } name ? exception.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : exception.Message;

    private static string Camel(string name) => name.Length > 0 && char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    [LoggerMessage(EventId = 6000, Level = LogLevel.Error, Message = "Unhandled fault serving {Method} {Path}")]
    private static partial void LogServerFault(ILogger logger, Exception exception, string method, string path);
}
