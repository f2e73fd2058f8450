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
            t.HasCheckConstraint("ck_bookings_seat_number", "seat_number ~ '^[0-9]{1,3}[A-K]$'");
            t.HasCheckConstraint("ck_bookings_status", SqlConditions.OneOf("booking_status", BookingStatus.All));
            t.HasCheckConstraint("ck_bookings_hold", $"booking_status <> {SqlConditions.Literal(BookingStatus.PendingPayment)} OR hold_expires_at IS NOT NULL");
        });
        booking.HasKey(b => b.Id);
        booking.Property(b => b.Id).HasDefaultValueSql("gen_random_uuid()");
        booking.Property(b => b.Reference).HasMaxLength(6).IsFixedLength();
        booking.Property(b => b.UserId).HasMaxLength(128);
        booking.Property(b => b.PassengerName).HasMaxLength(200);
        booking.Property(b => b.PassengerEmail).HasMaxLength(320);
        booking.Property(b => b.SeatNumber).HasMaxLength(4);
        booking.Property(b => b.BookingStatus).HasMaxLength(20).HasDefaultValue(BookingStatus.Confirmed);
        booking.Property(b => b.TotalAmount).HasPrecision(10, 2);
        booking.Property(b => b.CreatedAt).HasDefaultValueSql("now()");
        booking.Property(b => b.UpdatedAt).HasDefaultValueSql("now()");

        booking.HasOne<Flight>().WithMany().HasForeignKey(b => b.FlightId).OnDelete(DeleteBehavior.Restrict);
        booking.HasIndex(b => b.Reference).IsUnique();
        booking.HasIndex(b => new { b.UserId, b.CreatedAt });
        booking.HasIndex(b => b.FlightId);
        booking.HasIndex(b => b.HoldExpiresAt).HasFilter(SqlConditions.Is("booking_status", BookingStatus.PendingPayment));
    }
}
