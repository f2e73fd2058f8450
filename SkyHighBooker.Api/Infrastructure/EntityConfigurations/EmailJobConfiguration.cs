using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Emails;

namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

internal sealed class EmailJobConfiguration : IEntityTypeConfiguration<EmailJob>
{
    public void Configure(EntityTypeBuilder<EmailJob> job)
    {
        job.ToTable("email_jobs", t =>
        {
            t.HasCheckConstraint("ck_email_jobs_kind", SqlConditions.OneOf("kind", EmailKind.All));
            t.HasCheckConstraint("ck_email_jobs_status", SqlConditions.OneOf("status", EmailJobStatus.All));
        });
        job.HasKey(j => j.Id);
        job.Property(j => j.Id).HasDefaultValueSql("gen_random_uuid()");
        job.Property(j => j.Kind).HasMaxLength(30);
        job.Property(j => j.Status).HasMaxLength(20).HasDefaultValue(EmailJobStatus.Pending);
        job.Property(j => j.Attempts).HasDefaultValue(0);
        job.Property(j => j.NextAttemptAt).HasDefaultValueSql("now()");
        job.Property(j => j.CreatedAt).HasDefaultValueSql("now()");
        job.Property(j => j.UpdatedAt).HasDefaultValueSql("now()");
        job.HasOne<Booking>().WithMany().HasForeignKey(j => j.BookingId).OnDelete(DeleteBehavior.Cascade);
        // One email of each kind per booking: recording it again (a replayed webhook, a second cancel) changes nothing.
        job.HasIndex(j => new { j.BookingId, j.Kind }).IsUnique();
        job.HasIndex(j => j.NextAttemptAt).HasFilter(SqlConditions.OneOf("status", [EmailJobStatus.Pending, EmailJobStatus.Sending])).HasDatabaseName("ix_email_jobs_due");
    }
}
