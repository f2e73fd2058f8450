using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkyHighBooker.Api.Infrastructure.Seeding;

namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

internal sealed class SeededScheduleDayConfiguration : IEntityTypeConfiguration<SeededScheduleDay>
{
    public void Configure(EntityTypeBuilder<SeededScheduleDay> day)
    {
        day.ToTable("seeded_schedule_days");
        day.HasKey(d => d.Day);
        day.Property(d => d.SeededAt).HasDefaultValueSql("now()");
    }
}
