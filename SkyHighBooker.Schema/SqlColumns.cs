namespace SkyHighBooker.Schema;

/// <summary>
/// Columns of one table that a raw statement reads, declared once: the statement's SELECT list is made from it and its
/// reader takes values by these names, and a test checks every declared list against the EF model.
/// </summary>
public sealed record SqlColumns(string Table, params string[] Names)
{
    /// <summary>The list to place in a SELECT or RETURNING clause, each column qualified with <paramref name="alias"/>.</summary>
    public SqlFragment ListOf(string alias) => new(string.Join(", ", Names.Select(name => $"{alias}.{name}")));
}
