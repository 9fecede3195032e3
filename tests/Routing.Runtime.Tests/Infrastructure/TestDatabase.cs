namespace Routing.Runtime.Tests.Infrastructure;

/// <summary>
/// The throwaway PostgreSQL database that <c>./test.sh</c> (through <c>tests/scripts/postgres.sh</c>) starts for one test run.
/// </summary>
internal static class TestDatabase
{
    public const string EnvironmentVariable = "ROUTING_TEST_POSTGRES";

    /// <summary>
    /// The Npgsql connection string from <c>ROUTING_TEST_POSTGRES</c>, with a small pool so test classes running in
    /// parallel stay under the server's max_connections.
    /// </summary>
    /// <exception cref="InvalidOperationException">The variable is not set, so the tests were not started by <c>./test.sh</c>.</exception>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? new Npgsql.NpgsqlConnectionStringBuilder(value) { MaxPoolSize = 10 }.ConnectionString
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set. It is set by ./test.sh; run the tests through ./test.sh " +
                "(or wrap the command: tests/scripts/with-postgres.sh dotnet test).");
}
