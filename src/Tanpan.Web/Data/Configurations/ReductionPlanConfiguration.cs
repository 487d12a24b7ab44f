using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class ReductionPlanConfiguration : IEntityTypeConfiguration<ReductionPlan>
{
    public void Configure(EntityTypeBuilder<ReductionPlan> builder)
    {
        builder.ToTable("ReductionPlans");
        builder.OwnedByOrganisation();
        builder.HasAlternateKey(p => new { p.OrganisationId, p.Id });
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.GrowthPercent).HasPrecision(28, 10);
        builder.Property(p => p.DiscountRate).HasPrecision(28, 10);

        // Foreign keys carry the organisation id, so a plan cannot cite another tenant's inventory or facility;
        // an inventory or facility a plan cites cannot be deleted.
        builder.HasOne<InventoryYear>().WithMany()
            .HasForeignKey(p => new { p.OrganisationId, p.BaseInventoryYearId })
            .HasPrincipalKey(y => new { y.OrganisationId, y.Id })
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_ReductionPlans_InventoryYears");
        builder.HasOne<Facility>().WithMany()
            .HasForeignKey(p => new { p.OrganisationId, p.FacilityId })
            .HasPrincipalKey(f => new { f.OrganisationId, f.Id })
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_ReductionPlans_Facilities");
    }
}
