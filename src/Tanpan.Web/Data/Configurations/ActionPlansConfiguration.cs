using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

/// <summary>The sector action plan (Features/ActionPlans): one plan per organisation and year; its rows cascade with it and carry the organisation in their keys.</summary>
internal sealed class SectorActionPlanConfiguration : IEntityTypeConfiguration<SectorActionPlan>
{
    public void Configure(EntityTypeBuilder<SectorActionPlan> builder)
    {
        builder.ToTable("SectorActionPlans");
        builder.OwnedByOrganisation();
        builder.HasAlternateKey(p => new { p.OrganisationId, p.Id });
        builder.HasIndex(p => new { p.OrganisationId, p.Year }).IsUnique();
        builder.Property(p => p.Sector).HasMaxLength(100);
        builder.Property(p => p.SourceFile).HasMaxLength(200);
    }
}

internal sealed class SectorPlanPolicyConfiguration : IEntityTypeConfiguration<SectorPlanPolicy>
{
    public void Configure(EntityTypeBuilder<SectorPlanPolicy> builder)
    {
        builder.ToTable("SectorPlanPolicies");
        builder.OwnedByOrganisation();
        builder.HasIndex(p => new { p.OrganisationId, p.PlanId, p.Code }).IsUnique();
        builder.Property(p => p.Code).HasMaxLength(20);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.PlannedBudgetTenThousandNtd).HasPrecision(28, 10);
        builder.Property(p => p.BudgetPeriod).HasMaxLength(50);
        builder.HasOne<SectorActionPlan>().WithMany().HasForeignKey(p => new { p.OrganisationId, p.PlanId }).HasPrincipalKey(p => new { p.OrganisationId, p.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_SectorPlanPolicies_Plans");
    }
}

internal sealed class SectorPlanMeasureConfiguration : IEntityTypeConfiguration<SectorPlanMeasure>
{
    public void Configure(EntityTypeBuilder<SectorPlanMeasure> builder)
    {
        builder.ToTable("SectorPlanMeasures");
        builder.OwnedByOrganisation();
        builder.HasIndex(m => new { m.OrganisationId, m.PlanId, m.Number }).IsUnique();
        builder.Property(m => m.Number).HasMaxLength(20);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.PolicyCode).HasMaxLength(20);
        builder.Property(m => m.Kind).HasMaxLength(20);
        builder.Property(m => m.Agency).HasMaxLength(50);
        builder.Property(m => m.Unit).HasMaxLength(50);
        builder.Property(m => m.CoAgency).HasMaxLength(50);
        builder.Property(m => m.Period).HasMaxLength(50);
        builder.Property(m => m.Expected).HasMaxLength(2000);
        builder.Property(m => m.Result).HasMaxLength(2000);
        builder.Property(m => m.Status).HasMaxLength(20);
        builder.Property(m => m.BudgetTenThousandNtd).HasPrecision(28, 10);
        builder.Property(m => m.BudgetSource).HasMaxLength(100);
        builder.Property(m => m.PrivateInvestmentTenThousandNtd).HasPrecision(28, 10);
        builder.Property(m => m.ReductionTenThousandTonnes).HasPrecision(28, 10);
        builder.Property(m => m.ReductionBasis).HasMaxLength(50);
        builder.HasOne<SectorActionPlan>().WithMany().HasForeignKey(m => new { m.OrganisationId, m.PlanId }).HasPrincipalKey(p => new { p.OrganisationId, p.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_SectorPlanMeasures_Plans");
    }
}

internal sealed class SectorPlanEmissionConfiguration : IEntityTypeConfiguration<SectorPlanEmission>
{
    public void Configure(EntityTypeBuilder<SectorPlanEmission> builder)
    {
        builder.ToTable("SectorPlanEmissions");
        builder.OwnedByOrganisation();
        builder.HasIndex(e => new { e.OrganisationId, e.PlanId, e.Year }).IsUnique();
        builder.Property(e => e.TargetMillionTonnes).HasPrecision(28, 10);
        builder.Property(e => e.EmissionsMillionTonnes).HasPrecision(28, 10);
        builder.HasOne<SectorActionPlan>().WithMany().HasForeignKey(e => new { e.OrganisationId, e.PlanId }).HasPrincipalKey(p => new { p.OrganisationId, p.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_SectorPlanEmissions_Plans");
    }
}

internal sealed class SectorPlanIntensityConfiguration : IEntityTypeConfiguration<SectorPlanIntensity>
{
    public void Configure(EntityTypeBuilder<SectorPlanIntensity> builder)
    {
        builder.ToTable("SectorPlanIntensities");
        builder.OwnedByOrganisation();
        builder.HasIndex(i => new { i.OrganisationId, i.PlanId, i.Year }).IsUnique();
        builder.Property(i => i.TargetReductionPercent).HasPrecision(28, 10);
        builder.Property(i => i.AchievedReductionPercent).HasPrecision(28, 10);
        builder.HasOne<SectorActionPlan>().WithMany().HasForeignKey(i => new { i.OrganisationId, i.PlanId }).HasPrincipalKey(p => new { p.OrganisationId, p.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_SectorPlanIntensities_Plans");
    }
}
