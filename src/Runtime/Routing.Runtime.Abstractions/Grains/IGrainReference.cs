namespace Routing.Runtime;

/// <summary>
/// Implemented by every reference the runtime hands out (grain references and observer references), so that a
/// reference passed as an argument can be reduced to its identity when it crosses a process boundary.
/// </summary>
public interface IGrainReference
{
    /// <summary>The target grain (or observer) id.</summary>
    GrainId GrainId { get; }

    /// <summary>The grain interface this reference was created for.</summary>
    Type InterfaceType { get; }
}
