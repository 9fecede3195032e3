namespace Routing.Runtime.PostgreSql;

/// <summary>The result row of one guarded write, clear or delete.</summary>
/// <param name="Applied">True when the statement changed the row.</param>
/// <param name="Version">
/// The new version when applied (null after a delete: no row is left), else the stored version the statement saw, or
/// null for no row.
/// </param>
internal readonly record struct GrainStorageOutcome(bool Applied, long? Version)
{
    /// <summary>Not applied, and no row visible.</summary>
    public static GrainStorageOutcome NoRow => new(false, null);
}
