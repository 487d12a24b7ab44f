using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class PlanMeasureConfiguration : IEntityTypeConfiguration<PlanMeasure>
{
    public void Configure(EntityTypeBuilder<PlanMeasure> builder)
    {
        builder.ToTable("PlanMeasures");
        builder.Property(m => m.OrganisationId).IsConcurrencyToken();
        builder.Property(m => m.Kind).HasMaxLength(50);
        builder.Property(m => m.Label).HasMaxLength(200);
        builder.Property(m => m.ParametersJson).HasMaxLength(4000);

        // Deleting a plan deletes its measures.
        builder.HasOne(m => m.Plan).WithMany(p => p.Measures)
            .HasForeignKey(m => new { m.OrganisationId, m.PlanId })
            .HasPrincipalKey(p => new { p.OrganisationId, p.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_PlanMeasures_ReductionPlans");
    }
}
