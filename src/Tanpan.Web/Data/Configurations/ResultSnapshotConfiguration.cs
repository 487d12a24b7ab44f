using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class ResultSnapshotConfiguration : IEntityTypeConfiguration<ResultSnapshot>
{
    public void Configure(EntityTypeBuilder<ResultSnapshot> builder)
    {
        builder.ToTable("ResultSnapshots");
        builder.HasKey(s => s.InventoryYearId);
        builder.OwnedByOrganisation();
        builder.Property(s => s.FactorSetId).HasMaxLength(50);
        builder.Property(s => s.FactorSetVersion).HasMaxLength(50);
        builder.Property(s => s.GwpSetId).HasMaxLength(20);

        // One snapshot per inventory of the same tenant; deleting the inventory deletes it.
        builder.HasOne<InventoryYear>().WithOne()
            .HasForeignKey<ResultSnapshot>(s => new { s.OrganisationId, s.InventoryYearId })
            .HasPrincipalKey<InventoryYear>(y => new { y.OrganisationId, y.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_ResultSnapshots_InventoryYears");
    }
}
