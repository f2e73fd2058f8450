using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Documents;

namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

internal sealed class DocumentJobConfiguration : IEntityTypeConfiguration<DocumentJob>
{
    public void Configure(EntityTypeBuilder<DocumentJob> job)
    {
        job.ToTable("document_jobs", t =>
        {
            t.HasCheckConstraint("ck_document_jobs_kind", SqlConditions.OneOf("kind", DocumentKind.All));
            t.HasCheckConstraint("ck_document_jobs_status", SqlConditions.OneOf("status", DocumentJobStatus.All));
        });
        job.HasKey(j => j.Id);
        job.Property(j => j.Kind).HasMaxLength(30);
        job.Property(j => j.ObjectKey).HasMaxLength(300);
        job.Property(j => j.Status).HasMaxLength(20).HasDefaultValue(DocumentJobStatus.Pending);
        job.Property(j => j.Attempts).HasDefaultValue(0);
        job.Property(j => j.NextAttemptAt).HasDefaultValueSql("now()");
        job.Property(j => j.CreatedAt).HasDefaultValueSql("now()");
        job.Property(j => j.UpdatedAt).HasDefaultValueSql("now()");
        job.HasOne<Booking>().WithMany().HasForeignKey(j => j.BookingId).OnDelete(DeleteBehavior.Cascade);
        job.HasIndex(j => j.ObjectKey).IsUnique();
        // What the Worker asks for: due pending and withdrawing jobs, and rendering jobs whose lease lapsed.
        job.HasIndex(j => j.NextAttemptAt).HasFilter(SqlConditions.OneOf("status", [DocumentJobStatus.Pending, DocumentJobStatus.Rendering, DocumentJobStatus.Withdrawing])).HasDatabaseName("ix_document_jobs_due");
        job.HasIndex(j => j.BookingId);
    }
}
