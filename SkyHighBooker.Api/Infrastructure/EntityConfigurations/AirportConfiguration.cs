using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

internal sealed class AirportConfiguration : IEntityTypeConfiguration<Airport>
{
    public void Configure(EntityTypeBuilder<Airport> airport)
    {
        airport.ToTable("airports", t => t.HasCheckConstraint("ck_airports_code_iata", "code ~ '^[A-Z]{3}$'"));
        airport.HasKey(a => a.Code);
        airport.Property(a => a.Code).HasMaxLength(3).IsFixedLength();
        airport.Property(a => a.City).HasMaxLength(100);
        airport.Property(a => a.Name).HasMaxLength(200);
        airport.Property(a => a.Country).HasMaxLength(100);
        airport.Property(a => a.TimeZone).HasMaxLength(64);
        airport.HasIndex(a => a.City);
    }
}
