using System.Text.Json.Serialization;

namespace Routing.Grains.Interfaces.Events;

/// <summary>
/// A past-tense domain event of one conversation. Events are appended to the conversation's stream in order, after
/// the state change they record was written; metrics, pushes and audit consume them. The <c>type</c> discriminator
/// is stored: never rename an event.
/// </summary>
/// <param name="ConversationId">The conversation (tenant-scoped key).</param>
/// <param name="At">When it happened, by the silo clock.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ConversationStarted), nameof(ConversationStarted))]
[JsonDerivedType(typeof(ConversationEnteredBotStage), nameof(ConversationEnteredBotStage))]
[JsonDerivedType(typeof(MessageAdded), nameof(MessageAdded))]
[JsonDerivedType(typeof(ConversationQueued), nameof(ConversationQueued))]
[JsonDerivedType(typeof(AdmissionRefused), nameof(AdmissionRefused))]
[JsonDerivedType(typeof(OfferCreated), nameof(OfferCreated))]
[JsonDerivedType(typeof(OfferAccepted), nameof(OfferAccepted))]
[JsonDerivedType(typeof(OfferRejected), nameof(OfferRejected))]
[JsonDerivedType(typeof(OfferExpired), nameof(OfferExpired))]
[JsonDerivedType(typeof(OfferWithdrawn), nameof(OfferWithdrawn))]
[JsonDerivedType(typeof(ConversationAssigned), nameof(ConversationAssigned))]
[JsonDerivedType(typeof(ConversationEscalated), nameof(ConversationEscalated))]
[JsonDerivedType(typeof(ConversationOverflowed), nameof(ConversationOverflowed))]
[JsonDerivedType(typeof(CallbackOffered), nameof(CallbackOffered))]
[JsonDerivedType(typeof(CallbackChosen), nameof(CallbackChosen))]
[JsonDerivedType(typeof(ConversationTransferred), nameof(ConversationTransferred))]
[JsonDerivedType(typeof(ConversationRequeued), nameof(ConversationRequeued))]
[JsonDerivedType(typeof(ConversationAbandoned), nameof(ConversationAbandoned))]
[JsonDerivedType(typeof(ConversationWrapUpStarted), nameof(ConversationWrapUpStarted))]
[JsonDerivedType(typeof(ConversationClosed), nameof(ConversationClosed))]
[JsonDerivedType(typeof(ConversationTicketed), nameof(ConversationTicketed))]
[JsonDerivedType(typeof(SatisfactionRated), nameof(SatisfactionRated))]
public abstract record ConversationEvent(string ConversationId, DateTimeOffset At);
