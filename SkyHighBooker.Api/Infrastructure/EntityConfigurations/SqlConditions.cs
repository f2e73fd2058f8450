namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

/// <summary>Check constraints and index filters spelt from the status and kind constants, never from literals.</summary>
internal static class SqlConditions
{
    /// <summary>"column IN ('a', 'b')", in the order given (a reordered list would be a new migration).</summary>
    public static string OneOf(string column, IEnumerable<string> values) =>
        $"{column} IN ({string.Join(", ", values.Select(Literal))})";

    public static string Is(string column, string value) => $"{column} = {Literal(value)}";

    public static string Literal(string value) => $"'{value.Replace("'", "''")}'";
}
