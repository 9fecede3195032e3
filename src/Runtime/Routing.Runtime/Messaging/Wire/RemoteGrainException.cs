namespace Routing.Runtime.Messaging.Wire;

/// <summary>
/// Stands in for an exception thrown in another process whose type cannot be recreated here (unknown, or without a
/// constructor taking a message). <see cref="Exception.Message"/> is the original message.
/// </summary>
public sealed class RemoteGrainException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RemoteGrainException(string originalType, string message)
        : base(message) => OriginalType = originalType;

    /// <summary>Creates the exception.</summary>
    public RemoteGrainException()
    {
        OriginalType = typeof(Exception).FullName!;
    }

    /// <summary>Creates the exception.</summary>
    public RemoteGrainException(string message)
        : base(message)
    {
        OriginalType = typeof(Exception).FullName!;
    }

    /// <summary>Creates the exception.</summary>
    public RemoteGrainException(string message, Exception innerException)
        : base(message, innerException)
    {
        OriginalType = typeof(Exception).FullName!;
    }

    /// <summary>The original exception's type name.</summary>
    public string OriginalType { get; }
}
