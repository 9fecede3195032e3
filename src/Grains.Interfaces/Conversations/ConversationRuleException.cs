namespace Routing.Grains.Interfaces.Conversations;

/// <summary>
/// A request that the conversation's current state does not allow (for example messaging a closed conversation, or
/// rating twice). The gateway maps it to 409 Conflict; <see cref="Exception.Message"/> says why.
/// </summary>
public sealed class ConversationRuleException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConversationRuleException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ConversationRuleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ConversationRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
