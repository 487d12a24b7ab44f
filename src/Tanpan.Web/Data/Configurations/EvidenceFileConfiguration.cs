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

        // (organisation, inventory, entry) must name one entry of the same inventory and tenant.
        // Deleting the entry (or its source or inventory) deletes these rows; the stored files are
        // then removed by EvidenceStore's sweep of files no row names (docs/evidence.md).
        builder.HasOne<ActivityEntry>().WithMany()
            .HasForeignKey(e => new { e.OrganisationId, e.InventoryYearId, e.ActivityEntryId })
            .HasPrincipalKey(a => new { a.OrganisationId, a.InventoryYearId, a.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_EvidenceFiles_ActivityEntries");
        builder.HasIndex(e => new { e.OrganisationId, e.InventoryYearId, e.ActivityEntryId })
            .HasDatabaseName("IX_EvidenceFiles_ActivityEntry");
    }
}
