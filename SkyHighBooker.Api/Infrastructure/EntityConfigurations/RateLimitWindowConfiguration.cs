using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkyHighBooker.Api.RateLimiting;

namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

internal sealed class RateLimitWindowConfiguration : IEntityTypeConfiguration<RateLimitWindow>
{
    public void Configure(EntityTypeBuilder<RateLimitWindow> window)
    {
        // Unlogged: a counter that lives a minute needs no WAL, no replica copy, and may be lost in a crash (a user then
        // starts the minute afresh); every counted request writes it, so it should cost as little as a write can.
        window.ToTable("rate_limit_windows").IsUnlogged();
        window.HasKey(w => new { w.Key, w.StartsAt });
        window.Property(w => w.Key).HasMaxLength(200);
        window.HasIndex(w => w.StartsAt);
    }
}
