namespace Routing.Runtime.PostgreSql;

/// <summary>What a queued <see cref="GrainStorageOperation"/> does to its row.</summary>
internal enum GrainStorageOperationKind
{
    /// <summary>Inserts or updates the row with a payload.</summary>
    Write = 0,

    /// <summary>Inserts or updates the row with no payload; the row stays.</summary>
    Clear = 1,

    /// <summary>Removes the row.</summary>
    Delete = 2,
}
