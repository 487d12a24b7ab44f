using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("EvidenceFiles");
        builder.OwnedByOrganisation();
        builder.HasAlternateKey(e => new { e.OrganisationId, e.Id });
        builder.HasIndex(e => new { e.OrganisationId, e.Sha256 });
        builder.Property(e => e.FileName).HasMaxLength(255);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.StoredPath).HasMaxLength(500);
        builder.Property(e => e.Sha256).HasMaxLength(64);
    }
}
