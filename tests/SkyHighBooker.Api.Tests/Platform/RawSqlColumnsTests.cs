extern alias WorkerApp;

using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Documents;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Idempotency;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.Seats;
using SkyHighBooker.Schema;
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

    /// <summary>The statements the Api builds for other code to send, each as text with its INSERT column lists.</summary>
    private static IEnumerable<string> BuiltStatements()
    {
        var now = DateTimeOffset.UtcNow;
        return new[]
        {
            BookingEnd.Command([Guid.NewGuid()], BookingStatus.Cancelled, now),
            SeatInventory.ClaimCommand(Guid.NewGuid(), Guid.NewGuid(), ["1A"]),
            IdempotencyKeys.LookupCommand("user", "key", now),
            SqlBatch.Command($"WITH booking AS (SELECT {Guid.NewGuid()} AS id) {DocumentOutbox.ConfirmationDocumentsOf("booking", now)}"),
            FlightRows.LockById(Guid.NewGuid()),
        }.Concat(IdempotencyKeys.ClaimCommands("user", "key", "operation", "hash", 201, "{}", now)).Select(command => command.CommandText);
    }

    [Fact]
    public void Every_INSERT_column_list_the_Api_builds_names_columns_of_the_EF_model()
    {
        using var db = NewModelOnlyContext();
        var model = db.Model.GetRelationalModel();
        var inserts = BuiltStatements()
            .SelectMany(sql => Regex.Matches(sql, @"INSERT INTO (\w+) \(([^)]*)\)"))
            .Select(insert => new SqlColumns(insert.Groups[1].Value, insert.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries)))
            .ToList();

        Assert.Contains(inserts, insert => insert.Table == "payment_jobs");
        Assert.Empty(inserts.SelectMany(insert => NotInModel(insert, model).Select(column => $"INSERT INTO {insert.Table}: {column}")));
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
