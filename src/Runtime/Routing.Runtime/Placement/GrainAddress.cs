namespace Routing.Runtime.Placement;

/// <summary>Where one activation of a grain lives: a directory entry.</summary>
/// <param name="GrainId">The grain.</param>
/// <param name="Silo">The silo hosting the activation.</param>
/// <param name="ActivationId">Distinguishes successive activations of the same grain.</param>
public sealed record GrainAddress(GrainId GrainId, SiloAddress Silo, Guid ActivationId);
