using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> booking)
    {
        booking.ToTable("bookings", t =>
        {
            t.HasCheckConstraint("ck_bookings_total_amount", "total_amount >= 0");
            t.HasCheckConstraint("ck_bookings_seat_number", "seat_number ~ '^[0-9]{1,2}[A-K]$'");
        });
        booking.HasKey(b => b.Id);
        booking.Property(b => b.Id).HasDefaultValueSql("gen_random_uuid()");
        booking.Property(b => b.UserId).HasMaxLength(128);
        booking.Property(b => b.PassengerName).HasMaxLength(200);
        booking.Property(b => b.PassengerEmail).HasMaxLength(320);
        booking.Property(b => b.SeatNumber).HasMaxLength(4);
        booking.Property(b => b.BookingStatus).HasMaxLength(20).HasDefaultValue(BookingStatus.Confirmed);
        booking.Property(b => b.TotalAmount).HasPrecision(10, 2);
        booking.Property(b => b.CreatedAt).HasDefaultValueSql("now()");
        booking.Property(b => b.UpdatedAt).HasDefaultValueSql("now()");

        booking.HasOne<Flight>().WithMany().HasForeignKey(b => b.FlightId).OnDelete(DeleteBehavior.Restrict);
        booking.HasIndex(b => new { b.UserId, b.CreatedAt });
        booking.HasIndex(b => b.FlightId);
    }
}
