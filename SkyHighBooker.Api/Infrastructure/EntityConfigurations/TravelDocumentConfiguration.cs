using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkyHighBooker.Api.TravelDocuments;

namespace SkyHighBooker.Api.Infrastructure.EntityConfigurations;

internal sealed class TravelDocumentConfiguration : IEntityTypeConfiguration<TravelDocument>
{
    public void Configure(EntityTypeBuilder<TravelDocument> document)
    {
        document.ToTable("travel_documents", t =>
        {
            t.HasCheckConstraint("ck_travel_documents_content_type", SqlConditions.OneOf("content_type", TravelDocumentFormat.AllowedTypes));
            t.HasCheckConstraint("ck_travel_documents_size_bytes", $"size_bytes > 0 AND size_bytes <= {TravelDocumentUploads.MaxBytes}");
        });
        document.HasKey(d => d.Id);
        document.Property(d => d.UserId).HasMaxLength(128);
        document.Property(d => d.FileName).HasMaxLength(TravelDocumentFiling.MaxFileNameLength);
        document.Property(d => d.ContentType).HasMaxLength(50);
        document.Property(d => d.ObjectKey).HasMaxLength(300);
        document.Property(d => d.CreatedAt).HasDefaultValueSql("now()");
        document.HasIndex(d => d.ObjectKey).IsUnique();
        document.HasIndex(d => new { d.UserId, d.CreatedAt });
    }
}
