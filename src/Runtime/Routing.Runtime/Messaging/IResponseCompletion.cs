namespace Routing.Runtime.Messaging;

/// <summary>The caller's side of one request: completed once, by the response or by the call timeout.</summary>
internal interface IResponseCompletion
{
    bool TrySetResponse(object? result);

    bool TrySetFailure(Exception exception);
}
