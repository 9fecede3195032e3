namespace Routing.Runtime;

/// <summary>A call reached an observer reference whose object was deleted or garbage collected.</summary>
public sealed class ObserverGoneException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ObserverGoneException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ObserverGoneException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ObserverGoneException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
