namespace Routing.Runtime;

/// <summary>
/// A grain call got no response within the call timeout. Its outcome is unknown: the callee may still have run it,
/// and the runtime never resends it.
/// </summary>
public sealed class GrainCallTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    public GrainCallTimeoutException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public GrainCallTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public GrainCallTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
