using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

internal sealed class FlightConfiguration : IEntityTypeConfiguration<Flight>
{
    public void Configure(EntityTypeBuilder<Flight> flight)
    {
        flight.ToTable("flights", t =>
        {
            t.HasCheckConstraint("ck_flights_available_seats", "available_seats >= 0 AND available_seats <= total_seats");
            t.HasCheckConstraint("ck_flights_price_positive", "price > 0");
            t.HasCheckConstraint("ck_flights_arrival_after_departure", "arrival_time > departure_time");
            t.HasCheckConstraint("ck_flights_distinct_airports", "from_airport <> to_airport");
            t.HasCheckConstraint("ck_flights_status", SqlConditions.OneOf("status", FlightStatus.All));
        });
        flight.HasKey(f => f.Id);
        flight.Property(f => f.Id).HasDefaultValueSql("gen_random_uuid()");
        flight.Property(f => f.FlightNumber).HasMaxLength(10);
        flight.Property(f => f.Airline).HasMaxLength(100);
        flight.Property(f => f.FromAirport).HasMaxLength(3).IsFixedLength();
        flight.Property(f => f.ToAirport).HasMaxLength(3).IsFixedLength();
        flight.Property(f => f.Aircraft).HasMaxLength(50);
        flight.Property(f => f.Price).HasPrecision(10, 2);
        flight.Property(f => f.Status).HasMaxLength(20).HasDefaultValue(FlightStatus.Scheduled);
        flight.Property(f => f.SeatsMaterialized).HasDefaultValue(false);
        flight.Property(f => f.CreatedAt).HasDefaultValueSql("now()");
        flight.Property(f => f.UpdatedAt).HasDefaultValueSql("now()");

        flight.HasOne<Airport>().WithMany().HasForeignKey(f => f.FromAirport).OnDelete(DeleteBehavior.Restrict);
        flight.HasOne<Airport>().WithMany().HasForeignKey(f => f.ToAirport).OnDelete(DeleteBehavior.Restrict);

        // The search reads one route on one local day, then filters and sorts the few rows found there.
        flight.HasIndex(f => new { f.FromAirport, f.ToAirport, f.DepartureDate })
            .IncludeProperties(f => new { f.DepartureTime, f.Price, f.AvailableSeats, f.DurationMinutes, f.Status })
            .HasDatabaseName("ix_flights_route_departure_date");
        flight.HasIndex(f => new { f.FlightNumber, f.DepartureDate }).IsUnique()
            .HasDatabaseName("ux_flights_flight_number_departure_date");
        flight.HasIndex(f => f.DepartureTime);

        // Itinerary search and fares calendar (Itineraries/ConnectionSql), both read from the indexes alone: first legs are
        // one origin's departures over a day or a month (a month took 30-50 ms through the departure_time index, which
        // holds every origin; 1-2 ms here); a connection's next leg is one route's departures within the layover window.
        flight.HasIndex(f => new { f.FromAirport, f.DepartureTime })
            .IncludeProperties(f => new { f.Id, f.ToAirport, f.DepartureDate, f.ArrivalTime, f.Price, f.AvailableSeats, f.Status })
            .HasDatabaseName("ix_flights_origin_departure_time");
        flight.HasIndex(f => new { f.FromAirport, f.ToAirport, f.DepartureTime })
            .IncludeProperties(f => new { f.ArrivalTime, f.Price, f.AvailableSeats, f.Status })
            .HasDatabaseName("ix_flights_route_departure_time");
    }
}
