using Npgsql;
using NpgsqlTypes;
using SkyHighBooker.Schema;

namespace SkyHighBooker.Api.Tests.Platform;

public sealed class SqlBatchTests
{
    [Fact]
    public void Interpolated_values_become_parameters_in_order_and_a_fragment_stays_text()
    {
        var id = Guid.NewGuid();
        var command = SqlBatch.Command($"SELECT {new SqlFragment("f.id")} FROM flights f WHERE f.id = {id} AND f.status = {FlightStatus.Scheduled}");

        Assert.Equal("SELECT f.id FROM flights f WHERE f.id = $1 AND f.status = $2", command.CommandText);
        Assert.Equal(new object?[] { id, FlightStatus.Scheduled }, command.Parameters.Select(p => p.Value));
    }

    [Fact]
    public void A_nested_statement_part_is_placed_with_its_values_numbered_after_the_ones_before_it()
    {
        FormattableString part = $"kind = {DocumentKind.Receipt} AND booking_id = {Guid.Empty}";
        var command = SqlBatch.Command($"SELECT 1 FROM document_jobs WHERE status = {DocumentJobStatus.Ready} AND {part} LIMIT {1}");

        Assert.Equal("SELECT 1 FROM document_jobs WHERE status = $1 AND kind = $2 AND booking_id = $3 LIMIT $4", command.CommandText);
        Assert.Equal(new object?[] { DocumentJobStatus.Ready, DocumentKind.Receipt, Guid.Empty, 1 }, command.Parameters.Select(p => p.Value));
    }

    [Fact]
    public void A_typed_parameter_is_used_as_it_is_and_null_is_sent_as_a_database_null()
    {
        var typed = new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar };
        string? missing = null;
        var command = SqlBatch.Command($"UPDATE payments SET refund_id = coalesce({typed}, refund_id), transaction_id = {missing}");

        Assert.Equal("UPDATE payments SET refund_id = coalesce($1, refund_id), transaction_id = $2", command.CommandText);
        Assert.Same(typed, command.Parameters[0]);
        Assert.Equal(DBNull.Value, command.Parameters[1].Value);
    }
}
