using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Platform;

[Collection(ApiCollection.Name)]
public sealed class SchemaTests(ApiFixture api)
{
    [Theory]
    [InlineData("flights", "id", "uuid", "gen_random_uuid()")]
    [InlineData("flights", "price", "numeric(10,2)", null)]
    [InlineData("flights", "available_seats", "integer", null)]
    [InlineData("flights", "departure_time", "timestamp with time zone", null)]
    [InlineData("flights", "created_at", "timestamp with time zone", "now()")]
    [InlineData("bookings", "id", "uuid", "gen_random_uuid()")]
    [InlineData("bookings", "booking_status", "character varying(20)", "'confirmed'::character varying")]
    [InlineData("bookings", "total_amount", "numeric(10,2)", null)]
    [InlineData("bookings", "seat_number", "character varying(4)", null)]
    [InlineData("bookings", "updated_at", "timestamp with time zone", "now()")]
    [InlineData("payments", "payment_status", "character varying(20)", "'pending'::character varying")]
    [InlineData("payments", "currency", "character(3)", "'USD'::bpchar")]
    [InlineData("payments", "amount", "numeric(10,2)", null)]
    [InlineData("payments", "transaction_id", "character varying(255)", null)]
    public async Task Columns_have_the_designed_types_and_defaults(string table, string column, string type, string? defaultSql)
    {
        var actualType = await api.ScalarAsync<string>(
            "SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attname = $2",
            table, column);
        Assert.Equal(type, actualType);
        var actualDefault = await api.ScalarAsync<object>(
            "SELECT column_default FROM information_schema.columns WHERE table_name = $1 AND column_name = $2", table, column);
        Assert.Equal(defaultSql, actualDefault as string);
    }

    [Theory]
    [InlineData("bookings", "flights")]
    [InlineData("payments", "bookings")]
    [InlineData("flights", "airports")]
    public async Task Foreign_keys_tie_the_tables_together(string table, string references)
    {
        var count = await api.ScalarAsync<long>(
            "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid = $1::regclass AND confrelid = $2::regclass", table, references);
        Assert.True(count > 0);
    }

    [Fact]
    public async Task The_database_refuses_negative_seat_counts()
    {
        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            api.ScalarAsync<int>("UPDATE flights SET available_seats = -1 WHERE id = (SELECT id FROM flights LIMIT 1) RETURNING 0"));
        Assert.Equal("ck_flights_available_seats", error.ConstraintName);
    }
}
