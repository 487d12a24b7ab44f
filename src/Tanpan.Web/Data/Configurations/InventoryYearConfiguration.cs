using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class InventoryYearConfiguration : IEntityTypeConfiguration<InventoryYear>
{
    public void Configure(EntityTypeBuilder<InventoryYear> builder)
    {
        builder.ToTable("InventoryYears");
        builder.OwnedByOrganisation();
        builder.HasAlternateKey(y => new { y.OrganisationId, y.Id });
        builder.HasIndex(y => new { y.OrganisationId, y.Year }).IsUnique();
        builder.Property(y => y.Boundary).HasConversion<string>().HasMaxLength(30);
        builder.Property(y => y.FactorSetId).HasMaxLength(50);
        builder.Property(y => y.GwpSetId).HasMaxLength(20);
        builder.Property(y => y.UnlockReason).HasMaxLength(1000);
        builder.Property(y => y.OutputQuantity).HasPrecision(28, 10);
        builder.Property(y => y.OutputUnit).HasMaxLength(50);
        builder.Property(y => y.RevenueNtd).HasPrecision(28, 10);
        builder.Property(y => y.Revision).HasAnnotation(AuditTrail.NotAudited, true);
    }
}
