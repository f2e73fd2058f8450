using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Seats;

namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

internal sealed class SegmentSeatConfiguration : IEntityTypeConfiguration<SegmentSeat>
{
    public void Configure(EntityTypeBuilder<SegmentSeat> seat)
    {
        seat.ToTable("segment_seats", t =>
        {
            t.HasCheckConstraint("ck_segment_seats_seat_number", "seat_number ~ '^[0-9]{1,3}[A-K]$'");
            t.HasCheckConstraint("ck_segment_seats_fare", "fare >= 0");
            t.HasCheckConstraint("ck_segment_seats_cabin", SqlConditions.OneOf("cabin", [Cabin.Economy.Name, Cabin.PremiumEconomy.Name, Cabin.Business.Name]));
        });
        seat.HasKey(s => new { s.BookingId, s.SegmentPosition, s.PassengerPosition });
        seat.Property(s => s.SeatNumber).HasMaxLength(4);
        seat.Property(s => s.Cabin).HasMaxLength(20);
        seat.Property(s => s.Fare).HasPrecision(10, 2);
        // Two passengers of one booking never share a seat on a segment.
        seat.HasIndex(s => new { s.BookingId, s.SegmentPosition, s.SeatNumber }).IsUnique();
        seat.HasOne<BookingSegment>().WithMany()
            .HasForeignKey(s => new { s.BookingId, s.SegmentPosition, s.FlightId })
            .HasPrincipalKey(g => new { g.BookingId, g.Position, g.FlightId })
            .OnDelete(DeleteBehavior.Cascade);
        seat.HasOne<BookingPassenger>().WithMany()
            .HasForeignKey(s => new { s.BookingId, s.PassengerPosition })
            .HasPrincipalKey(p => new { p.BookingId, p.Position })
            .OnDelete(DeleteBehavior.Cascade);
    }
}
