namespace Routing.Runtime;

/// <summary>
/// Marker for grain interfaces. Every method of a grain interface returns <see cref="Task"/>, <see cref="Task{T}"/>,
/// <see cref="ValueTask"/> or <see cref="ValueTask{T}"/>, and its arguments and results must be serializable,
/// because a clustered runtime sends them between silos.
/// </summary>
public interface IGrain
{
}

/// <summary>Marker for grains identified by a string key.</summary>
public interface IGrainWithStringKey : IGrain
{
}

/// <summary>Marker for grains identified by a Guid key.</summary>
public interface IGrainWithGuidKey : IGrain
{
}

/// <summary>Marker for grains identified by an integer key.</summary>
public interface IGrainWithIntegerKey : IGrain
{
}
