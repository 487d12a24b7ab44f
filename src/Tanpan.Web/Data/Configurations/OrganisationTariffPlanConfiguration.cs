using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class OrganisationTariffPlanConfiguration : IEntityTypeConfiguration<OrganisationTariffPlan>
{
    public void Configure(EntityTypeBuilder<OrganisationTariffPlan> builder)
    {
        builder.ToTable("OrganisationTariffPlans");
        builder.OwnedByOrganisation();
        builder.HasAlternateKey(p => new { p.OrganisationId, p.Id });
        builder.HasIndex(p => new { p.OrganisationId, p.PlanId }).IsUnique();
        builder.Property(p => p.PlanId).HasMaxLength(100);
        builder.Property(p => p.NameZh).HasMaxLength(200);
    }
}

internal sealed class OrganisationTariffPlanVersionConfiguration : IEntityTypeConfiguration<OrganisationTariffPlanVersion>
{
    public void Configure(EntityTypeBuilder<OrganisationTariffPlanVersion> builder)
    {
        builder.ToTable("OrganisationTariffPlanVersions");
        builder.Property(v => v.OrganisationId).IsConcurrencyToken();
        builder.HasIndex(v => new { v.OrganisationId, v.TariffPlanId, v.Version }).IsUnique().HasDatabaseName("IX_OrganisationTariffPlanVersions_Version");
        builder.HasOne<OrganisationTariffPlan>().WithMany()
            .HasForeignKey(v => new { v.OrganisationId, v.TariffPlanId })
            .HasPrincipalKey(p => new { p.OrganisationId, p.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_OrganisationTariffPlanVersions_Plans");
    }
}
