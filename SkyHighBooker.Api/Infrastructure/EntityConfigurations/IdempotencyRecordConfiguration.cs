using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkyHighBooker.Api.Idempotency;

namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.ToTable("idempotency_keys");
        record.HasKey(r => new { r.UserId, r.Key });
        record.Property(r => r.UserId).HasMaxLength(128);
        record.Property(r => r.Key).HasMaxLength(255);
        record.Property(r => r.Operation).HasMaxLength(100);
        record.Property(r => r.RequestHash).HasMaxLength(64);
        record.Property(r => r.CreatedAt).HasDefaultValueSql("now()");
        record.HasIndex(r => r.ExpiresAt);
    }
}
