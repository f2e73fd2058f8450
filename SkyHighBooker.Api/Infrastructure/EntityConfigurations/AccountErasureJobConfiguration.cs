using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkyHighBooker.Api.Accounts;

namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

internal sealed class AccountErasureJobConfiguration : IEntityTypeConfiguration<AccountErasureJob>
{
    public void Configure(EntityTypeBuilder<AccountErasureJob> job)
    {
        job.ToTable("account_erasure_jobs", t =>
        {
            t.HasCheckConstraint("ck_account_erasure_jobs_kind", SqlConditions.OneOf("kind", [AccountErasureJobStatus.DeleteFilesKind]));
            t.HasCheckConstraint("ck_account_erasure_jobs_status", SqlConditions.OneOf("status", AccountErasureJobStatus.All));
        });
        job.HasKey(j => j.Id);
        job.Property(j => j.Id).HasDefaultValueSql("gen_random_uuid()");
        job.Property(j => j.UserId).HasMaxLength(64);
        job.Property(j => j.Kind).HasMaxLength(20);
        job.Property(j => j.Status).HasMaxLength(20).HasDefaultValue(AccountErasureJobStatus.Pending);
        job.Property(j => j.Attempts).HasDefaultValue(0);
        job.Property(j => j.NextAttemptAt).HasDefaultValueSql("now()");
        job.Property(j => j.CreatedAt).HasDefaultValueSql("now()");
        job.Property(j => j.UpdatedAt).HasDefaultValueSql("now()");
        // One job per user and kind: erasing again (a retry after a crash) queues the same job again instead of a second.
        job.HasIndex(j => new { j.UserId, j.Kind }).IsUnique();
        job.HasIndex(j => j.NextAttemptAt)
            .HasFilter(SqlConditions.OneOf("status", [AccountErasureJobStatus.Pending, AccountErasureJobStatus.Running]))
            .HasDatabaseName("ix_account_erasure_jobs_due");
    }
}
