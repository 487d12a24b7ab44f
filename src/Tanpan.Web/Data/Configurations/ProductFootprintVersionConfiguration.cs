using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class ProductFootprintVersionConfiguration : IEntityTypeConfiguration<ProductFootprintVersion>
{
    public void Configure(EntityTypeBuilder<ProductFootprintVersion> builder)
    {
        builder.ToTable("ProductFootprintVersions");
        builder.OwnedByOrganisation();
        builder.HasIndex(v => new { v.OrganisationId, v.ProductId, v.InventoryYearId, v.Version }).IsUnique().HasDatabaseName("IX_ProductFootprintVersions_Version");
        builder.HasIndex(v => new { v.OrganisationId, v.InventoryYearId });
        builder.Property(v => v.Status).HasMaxLength(20);
        builder.Property(v => v.FactorSetId).HasMaxLength(100);
        builder.Property(v => v.FactorSetVersion).HasMaxLength(50);
        builder.Property(v => v.GwpSetId).HasMaxLength(20);
        builder.Property(v => v.KgCo2ePerUnit).HasPrecision(28, 10);
        builder.Property(v => v.ResultJson).HasAnnotation(AuditTrail.NotAudited, true); // the snapshot is large; the audit keeps who computed and locked what
        builder.HasOne<Product>().WithMany().HasForeignKey(v => new { v.OrganisationId, v.ProductId }).HasPrincipalKey(p => new { p.OrganisationId, p.Id })
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("FK_ProductFootprintVersions_Products");
        builder.HasOne<InventoryYear>().WithMany().HasForeignKey(v => new { v.OrganisationId, v.InventoryYearId }).HasPrincipalKey(y => new { y.OrganisationId, y.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_ProductFootprintVersions_InventoryYears");
    }
}
