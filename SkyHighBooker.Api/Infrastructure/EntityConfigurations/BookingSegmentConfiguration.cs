using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

internal sealed class BookingSegmentConfiguration : IEntityTypeConfiguration<BookingSegment>
{
    public void Configure(EntityTypeBuilder<BookingSegment> segment)
    {
        segment.ToTable("booking_segments", t =>
            t.HasCheckConstraint("ck_booking_segments_position", $"position BETWEEN 1 AND {BookingRequestValidator.MaxSegments}"));
        segment.HasKey(s => new { s.BookingId, s.Position });
        // A booking flies each flight once; the seats' foreign key names the flight along with the segment.
        segment.HasAlternateKey(s => new { s.BookingId, s.Position, s.FlightId });
        segment.HasIndex(s => new { s.BookingId, s.FlightId }).IsUnique();
        segment.HasIndex(s => s.FlightId);
        segment.HasOne<Booking>().WithMany().HasForeignKey(s => s.BookingId).OnDelete(DeleteBehavior.Cascade);
        segment.HasOne<Flight>().WithMany().HasForeignKey(s => s.FlightId).OnDelete(DeleteBehavior.Restrict);
    }
}
