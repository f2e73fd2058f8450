using Npgsql;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Flights;

/// <summary>A flight read with other statements in one round trip (<see cref="SqlBatch"/>), where EF's queries cannot go.</summary>
public static class FlightRows
{
    public static NpgsqlBatchCommand ById(Guid id) => SqlBatch.Command($"""
        SELECT id, flight_number, airline, from_airport, to_airport, departure_time, departure_date, arrival_time,
               duration_minutes, aircraft, price, total_seats, available_seats, status, seats_materialized, created_at, updated_at
        FROM flights WHERE id = {id}
        """);

    public static async Task<Flight?> ReadOneAsync(NpgsqlDataReader reader, CancellationToken ct) => await reader.ReadAsync(ct)
        ? new Flight
        {
            Id = reader.GetGuid(0),
            FlightNumber = reader.GetString(1),
            Airline = reader.GetString(2),
            FromAirport = reader.GetString(3),
            ToAirport = reader.GetString(4),
            DepartureTime = reader.GetFieldValue<DateTimeOffset>(5),
            DepartureDate = reader.GetFieldValue<DateOnly>(6),
            ArrivalTime = reader.GetFieldValue<DateTimeOffset>(7),
            DurationMinutes = reader.GetInt32(8),
            Aircraft = reader.GetString(9),
            Price = reader.GetDecimal(10),
            TotalSeats = reader.GetInt32(11),
            AvailableSeats = reader.GetInt32(12),
            Status = reader.GetString(13),
            SeatsMaterialized = reader.GetBoolean(14),
            CreatedAt = reader.GetFieldValue<DateTimeOffset>(15),
            UpdatedAt = reader.GetFieldValue<DateTimeOffset>(16),
        }
        : null;
}
