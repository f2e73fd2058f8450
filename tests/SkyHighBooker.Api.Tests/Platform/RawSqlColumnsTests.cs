extern alias WorkerApp;

using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Schema;
using SkyHighBooker.Testing;
using WorkerApp::SkyHighBooker.Worker.Payments;

namespace SkyHighBooker.Api.Tests.Platform;

/// <summary>
/// Raw SQL names columns in text EF never sees: every column list the Api and the Worker declare for it
/// (<see cref="SqlColumns"/>) must name columns of the EF model, and the model must be what the migrations built.
/// </summary>
public sealed class RawSqlColumnsTests
{
    private static BookerDbContext NewModelOnlyContext() => new(new DbContextOptionsBuilder<BookerDbContext>()
        .UseNpgsql("Host=model-only").UseSnakeCaseNamingConvention().Options);

    private static IEnumerable<(string Owner, SqlColumns Columns)> DeclaredColumnLists() =>
        new[] { typeof(FlightRows).Assembly, typeof(PaymentJobQueue).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(field => field.FieldType == typeof(SqlColumns))
                .Select(field => ($"{type.Name}.{field.Name}", (SqlColumns)field.GetValue(null)!)));

    /// <summary>The columns of <paramref name="columns"/> that its table in the model lacks (all of them when the table is unknown).</summary>
    private static IEnumerable<string> NotInModel(SqlColumns columns, IRelationalModel model) =>
        model.FindTable(columns.Table, null) is { } table
            ? columns.Names.Where(name => table.FindColumn(name) is null)
            : columns.Names.Select(name => $"{columns.Table} (no such table).{name}");

    [Fact]
    public void Every_declared_raw_column_list_names_columns_of_the_EF_model()
    {
        using var db = NewModelOnlyContext();
        var model = db.Model.GetRelationalModel();
        var lists = DeclaredColumnLists().ToList();

        Assert.Contains(lists, list => list.Owner == $"{nameof(FlightRows)}.{nameof(FlightRows.Columns)}");
        Assert.Contains(lists, list => list.Owner.StartsWith($"{nameof(PaymentJobQueue)}."));
        Assert.Empty(lists.SelectMany(list => NotInModel(list.Columns, model).Select(column => $"{list.Owner}: {column}")));
    }

    /// <summary>
    /// The tables and columns every raw INSERT and UPDATE in the Api's, the Worker's and the Schema's source writes (migrations are
    /// history and left out): INSERT column lists, and the columns an UPDATE's SET assigns.
    /// </summary>
    private static IEnumerable<(string File, SqlColumns Columns)> WrittenColumns()
    {
        var sources = new[] { "SkyHighBooker.Api", "SkyHighBooker.Worker", "SkyHighBooker.Schema" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, project), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Intersect(["Migrations", "bin", "obj"]).Any());
        foreach (var path in sources)
        {
            var code = File.ReadAllText(path);
            var file = Path.GetFileName(path);
            foreach (Match insert in Regex.Matches(code, @"INSERT INTO (\w+) \(([^)]*)\)"))
                yield return (file, new SqlColumns(insert.Groups[1].Value, insert.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries)));
            foreach (Match update in Regex.Matches(code, @"UPDATE (\w+)(?:\s+\w+)?\s+SET\s+(.*?)\s+(?:WHERE|FROM|RETURNING)\b", RegexOptions.Singleline))
                yield return (file, new SqlColumns(update.Groups[1].Value,
                    [.. Regex.Matches(update.Groups[2].Value, @"(?:^|,)\s*(\w+)\s*=").Select(assigned => assigned.Groups[1].Value)]));
        }
    }

    [Fact]
    public void Every_column_a_raw_INSERT_or_UPDATE_writes_is_a_column_of_the_EF_model()
    {
        using var db = NewModelOnlyContext();
        var model = db.Model.GetRelationalModel();
        var written = WrittenColumns().ToList();

        Assert.Contains(written, write => write.File == "BookingEnd.cs" && write.Columns.Table == "payment_jobs");
        Assert.Contains(written, write => write.File == "PaymentJobQueue.cs" && write.Columns.Names.Contains("lease_expires_at"));
        Assert.Empty(written.SelectMany(write => NotInModel(write.Columns, model).Select(column => $"{write.File}, {write.Columns.Table}: {column}")));
    }

    [Fact]
    public void A_misspelt_column_or_table_is_reported()
    {
        using var db = NewModelOnlyContext();
        var model = db.Model.GetRelationalModel();

        Assert.Equal(["flight_numbr"], NotInModel(new SqlColumns("flights", "id", "flight_numbr"), model));
        Assert.Equal(["flight (no such table).id"], NotInModel(new SqlColumns("flight", "id"), model));
    }

    [Fact]
    public void The_EF_model_is_what_the_migrations_built()
    {
        // The check constraints and index filters are spelt from the status constants: a constant renamed or reordered
        // would change the model without a migration, and this fails.
        using var db = NewModelOnlyContext();
        Assert.False(db.Database.HasPendingModelChanges());
    }
}
