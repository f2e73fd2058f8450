using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Payments;

namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> payment)
    {
        payment.ToTable("payments", t =>
        {
            t.HasCheckConstraint("ck_payments_amount", "amount >= 0");
            t.HasCheckConstraint("ck_payments_status", SqlConditions.OneOf("payment_status", PaymentStatus.All));
        });
        payment.HasKey(p => p.Id);
        payment.Property(p => p.Id).HasDefaultValueSql("gen_random_uuid()");
        payment.Property(p => p.UserId).HasMaxLength(128);
        payment.Property(p => p.PaymentMethod).HasMaxLength(50);
        payment.Property(p => p.PaymentStatus).HasMaxLength(20).HasDefaultValue(PaymentStatus.Pending);
        payment.Property(p => p.Amount).HasPrecision(10, 2);
        payment.Property(p => p.Currency).HasMaxLength(3).IsFixedLength().HasDefaultValue("USD");
        payment.Property(p => p.TransactionId).HasMaxLength(255);
        payment.Property(p => p.PaymentGateway).HasMaxLength(50);
        payment.Property(p => p.RefundId).HasMaxLength(255);
        payment.Property(p => p.CreatedAt).HasDefaultValueSql("now()");
        payment.Property(p => p.UpdatedAt).HasDefaultValueSql("now()");

        payment.HasOne<Booking>().WithMany().HasForeignKey(p => p.BookingId).OnDelete(DeleteBehavior.Restrict);
        payment.HasIndex(p => p.BookingId);
        payment.HasIndex(p => p.TransactionId).IsUnique().HasFilter("transaction_id IS NOT NULL");
        // A booking is paid once: a second payment that succeeds is refunded, never kept.
        payment.HasIndex(p => p.BookingId, "ux_payments_one_completed_per_booking").IsUnique().HasFilter(SqlConditions.Is("payment_status", PaymentStatus.Completed))
            .HasDatabaseName("ux_payments_one_completed_per_booking");
    }
}
