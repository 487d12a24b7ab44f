using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class EmissionTargetConfiguration : IEntityTypeConfiguration<EmissionTarget>
{
    public void Configure(EntityTypeBuilder<EmissionTarget> builder)
    {
        builder.ToTable("EmissionTargets");
        builder.OwnedByOrganisation();
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.AnnualReductionPercent).HasPrecision(28, 10);
        builder.Property(t => t.MilestonesJson).HasMaxLength(4000);
        builder.Property(t => t.Scopes).HasMaxLength(20);

        // The linked plan is the same organisation's; deleting it unlinks the target.
        builder.HasOne<ReductionPlan>().WithMany()
            .HasForeignKey(t => new { t.OrganisationId, t.PlanId })
            .HasPrincipalKey(p => new { p.OrganisationId, p.Id })
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_EmissionTargets_ReductionPlans");
    }
}
