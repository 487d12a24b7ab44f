using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.ToTable("ImportJobs");
        builder.OwnedByOrganisation();
        builder.Property(j => j.FileName).HasMaxLength(260);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(10);
        builder.Property(j => j.ErrorZh).HasMaxLength(2000);
        builder.Property(j => j.ErrorEn).HasMaxLength(2000);
        builder.Property(j => j.OverlapChoice).HasMaxLength(10);
        builder.Property(j => j.OverlapReason).HasMaxLength(500);

        // Jobs of the same tenant's inventory; deleting the inventory deletes them.
        builder.HasOne<InventoryYear>().WithMany()
            .HasForeignKey(j => new { j.OrganisationId, j.InventoryYearId })
            .HasPrincipalKey(y => new { y.OrganisationId, y.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_ImportJobs_InventoryYears");
        builder.HasIndex(j => new { j.OrganisationId, j.InventoryYearId }).HasDatabaseName("IX_ImportJobs_InventoryYear");
        builder.HasIndex(j => j.State);
    }
}
