namespace Routing.Gateway;

/// <summary>What the root URL answers: the service's name and its entry points.</summary>
/// <param name="Name">The service.</param>
/// <param name="Links">Relative URLs of its entry points.</param>
public sealed record ServiceDescription(string Name, IReadOnlyList<string> Links);
