using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class EmissionSourceConfiguration : IEntityTypeConfiguration<EmissionSource>
{
    public void Configure(EntityTypeBuilder<EmissionSource> builder)
    {
        builder.ToTable("EmissionSources");
        builder.Property(s => s.OrganisationId).IsConcurrencyToken();
        builder.HasAlternateKey(s => new { s.OrganisationId, s.InventoryYearId, s.Id });
        builder.Property(s => s.Process).HasMaxLength(200);
        builder.Property(s => s.Equipment).HasMaxLength(200);
        builder.Property(s => s.EquipmentType).HasMaxLength(100);
        builder.Property(s => s.SourceType).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.MaterialKey).HasMaxLength(100);
        builder.Property(s => s.Gases).HasMaxLength(100);
        builder.Ignore(s => s.Significance);

        // Names past PostgreSQL's 63 characters are given short, so both providers agree on them.
        // Foreign keys carry the organisation id, so a source cannot point at another tenant's
        // inventory or facility. Deleting a draft inventory deletes its sources; a facility that
        // still has sources cannot be deleted.
        builder.HasOne(s => s.InventoryYear).WithMany(y => y.Sources)
            .HasForeignKey(s => new { s.OrganisationId, s.InventoryYearId })
            .HasPrincipalKey(y => new { y.OrganisationId, y.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_EmissionSources_InventoryYears");
        builder.HasOne(s => s.Facility).WithMany()
            .HasForeignKey(s => new { s.OrganisationId, s.FacilityId })
            .HasPrincipalKey(f => new { f.OrganisationId, f.Id })
            .OnDelete(DeleteBehavior.Restrict);
    }
}
