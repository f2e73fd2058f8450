using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Seats;

namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

internal sealed class BookingPassengerConfiguration : IEntityTypeConfiguration<BookingPassenger>
{
    public void Configure(EntityTypeBuilder<BookingPassenger> passenger)
    {
        passenger.ToTable("booking_passengers", t =>
        {
            t.HasCheckConstraint("ck_booking_passengers_position", "position BETWEEN 1 AND 9");
            t.HasCheckConstraint("ck_booking_passengers_fare", "fare >= 0");
            t.HasCheckConstraint("ck_booking_passengers_cabin", SqlConditions.OneOf("cabin", [Cabin.Economy.Name, Cabin.PremiumEconomy.Name, Cabin.Business.Name]));
        });
        passenger.HasKey(p => p.Id);
        passenger.Property(p => p.Id).HasDefaultValueSql("gen_random_uuid()");
        passenger.Property(p => p.PassengerName).HasMaxLength(200);
        passenger.Property(p => p.PassengerEmail).HasMaxLength(320);
        passenger.Property(p => p.SeatNumber).HasMaxLength(4);
        passenger.Property(p => p.Cabin).HasMaxLength(20);
        passenger.Property(p => p.Fare).HasPrecision(10, 2);
        passenger.HasOne<Booking>().WithMany().HasForeignKey(p => p.BookingId).OnDelete(DeleteBehavior.Cascade);
        passenger.HasIndex(p => new { p.BookingId, p.Position }).IsUnique();
    }
}
