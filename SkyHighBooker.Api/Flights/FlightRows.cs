using System.Data;
using Npgsql;

namespace SkyHighBooker.Api.Flights;

/// <summary>A flight read with other statements in one round trip (<see cref="SqlBatch"/>), where EF's queries cannot go.</summary>
public static class FlightRows
{
    public static readonly SqlColumns Columns = new("flights",
        "id", "flight_number", "airline", "from_airport", "to_airport", "departure_time", "departure_date", "arrival_time",
        "duration_minutes", "aircraft", "price", "total_seats", "available_seats", "status", "seats_materialized", "created_at", "updated_at");

    public static NpgsqlBatchCommand ById(Guid id) => SqlBatch.Command(SelectById(id));

    public static NpgsqlBatchCommand ByIds(Guid[] ids) => SqlBatch.Command($"SELECT {Columns.ListOf("f")} FROM flights f WHERE f.id = ANY({ids})");

    /// <summary>The flight, its row locked until the transaction ends.</summary>
    public static NpgsqlBatchCommand LockById(Guid id) => SqlBatch.Command($"{SelectById(id)} FOR UPDATE");

    private static FormattableString SelectById(Guid id) => $"SELECT {Columns.ListOf("f")} FROM flights f WHERE f.id = {id}";

    /// <summary>Every flight the statement read, by id.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Flight>> ReadAllAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var flights = new Dictionary<Guid, Flight>();
        while (await ReadOneAsync(reader, ct) is { } flight) flights[flight.Id] = flight;
        return flights;
    }

    public static async Task<Flight?> ReadOneAsync(NpgsqlDataReader reader, CancellationToken ct) => await reader.ReadAsync(ct)
        ? new Flight
        {
            Id = reader.GetGuid("id"),
            FlightNumber = reader.GetString("flight_number"),
            Airline = reader.GetString("airline"),
            FromAirport = reader.GetString("from_airport"),
            ToAirport = reader.GetString("to_airport"),
            DepartureTime = reader.GetFieldValue<DateTimeOffset>("departure_time"),
            DepartureDate = reader.GetFieldValue<DateOnly>("departure_date"),
            ArrivalTime = reader.GetFieldValue<DateTimeOffset>("arrival_time"),
            DurationMinutes = reader.GetInt32("duration_minutes"),
            Aircraft = reader.GetString("aircraft"),
            Price = reader.GetDecimal("price"),
            TotalSeats = reader.GetInt32("total_seats"),
            AvailableSeats = reader.GetInt32("available_seats"),
            Status = reader.GetString("status"),
            SeatsMaterialized = reader.GetBoolean("seats_materialized"),
            CreatedAt = reader.GetFieldValue<DateTimeOffset>("created_at"),
            UpdatedAt = reader.GetFieldValue<DateTimeOffset>("updated_at"),
        }
        : null;
}
