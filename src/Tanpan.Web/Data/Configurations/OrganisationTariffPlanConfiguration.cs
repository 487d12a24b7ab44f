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

        // Two uploads of a new version from the same one: the second finds no row at its version (412), never two version 3s.
        builder.Property(p => p.Version).IsConcurrencyToken();
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
