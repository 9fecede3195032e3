namespace Routing.Runtime.Messaging;

/// <summary>
/// A typed completion for one call. Continuations run asynchronously so a callee's turn never runs its caller's
/// code inline.
/// </summary>
internal sealed class ResponseCompletion<T>() : TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously), IResponseCompletion
{
    public bool TrySetResponse(object? result) => TrySetResult((T)result!);

    public bool TrySetFailure(Exception exception) => TrySetException(exception);
}
