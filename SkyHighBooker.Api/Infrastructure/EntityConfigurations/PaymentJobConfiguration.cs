using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkyHighBooker.Api.Payments;

namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

internal sealed class PaymentJobConfiguration : IEntityTypeConfiguration<PaymentJob>
{
    public void Configure(EntityTypeBuilder<PaymentJob> job)
    {
        job.ToTable("payment_jobs", t =>
        {
            t.HasCheckConstraint("ck_payment_jobs_kind", SqlConditions.OneOf("kind", PaymentJobKind.All));
            t.HasCheckConstraint("ck_payment_jobs_status", SqlConditions.OneOf("status", PaymentJobStatus.All));
        });
        job.HasKey(j => j.Id);
        job.Property(j => j.Id).HasDefaultValueSql("gen_random_uuid()");
        job.Property(j => j.Kind).HasMaxLength(20);
        job.Property(j => j.Status).HasMaxLength(20).HasDefaultValue(PaymentJobStatus.Pending);
        job.Property(j => j.Attempts).HasDefaultValue(0);
        job.Property(j => j.NextAttemptAt).HasDefaultValueSql("now()");
        job.Property(j => j.CreatedAt).HasDefaultValueSql("now()");
        job.Property(j => j.UpdatedAt).HasDefaultValueSql("now()");
        job.HasOne<Payment>().WithMany().HasForeignKey(j => j.PaymentId).OnDelete(DeleteBehavior.Restrict);
        // One job of each kind per payment: recording it again (a replayed webhook, a second cancel) changes nothing.
        job.HasIndex(j => new { j.PaymentId, j.Kind }).IsUnique();
        job.HasIndex(j => j.NextAttemptAt).HasFilter(SqlConditions.OneOf("status", [PaymentJobStatus.Pending, PaymentJobStatus.Running])).HasDatabaseName("ix_payment_jobs_due");
    }
}
