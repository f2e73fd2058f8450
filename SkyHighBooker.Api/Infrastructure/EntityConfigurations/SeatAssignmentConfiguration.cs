using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Seats;

namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

internal sealed class SeatAssignmentConfiguration : IEntityTypeConfiguration<SeatAssignment>
{
    public void Configure(EntityTypeBuilder<SeatAssignment> seat)
    {
        seat.ToTable("seat_assignments", t => t.HasCheckConstraint("ck_seat_assignments_seat_number", "seat_number ~ '^[0-9]{1,3}[A-K]$'"));
        seat.HasKey(s => new { s.FlightId, s.SeatNumber }); // one seat, one holder: never held or sold twice
        seat.Property(s => s.SeatNumber).HasMaxLength(4);
        seat.Property(s => s.CreatedAt).HasDefaultValueSql("now()");
        seat.HasOne<Flight>().WithMany().HasForeignKey(s => s.FlightId).OnDelete(DeleteBehavior.Restrict);
        seat.HasOne<Booking>().WithMany().HasForeignKey(s => s.BookingId).OnDelete(DeleteBehavior.Restrict);
        seat.HasIndex(s => s.BookingId);
    }
}
