namespace Routing.Grains.Interfaces.Conversations;

/// <summary>What happened when a conversation asked for a queue. Never renumber.</summary>
public enum EnqueueOutcome
{
    /// <summary>It waits in the queue.</summary>
    Queued = 1,

    /// <summary>Admission control refused it: the queue is too long; the customer is offered a callback or leave-a-message.</summary>
    AdmissionRefused = 2,

    /// <summary>It was already waiting there (a retried request).</summary>
    AlreadyQueued = 3,
}
