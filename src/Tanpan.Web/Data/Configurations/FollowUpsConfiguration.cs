using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

// The 成效追蹤表 follow-ups of closed guidance cases (Features/FollowUps, docs/follow-ups.md). The agency's rows; a measure
// points at its follow-up with the organisation id in the key, so it can only belong to a follow-up of the same agency.

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.ToTable("FollowUps");
        builder.OwnedByOrganisation();
        builder.HasAlternateKey(f => new { f.OrganisationId, f.Id });
        builder.Property(f => f.Email).HasMaxLength(256);
        builder.Property(f => f.Culture).HasMaxLength(10);
        builder.Property(f => f.IntensityUnit).HasMaxLength(100);
        builder.Property(f => f.OtherResults).HasMaxLength(2000);
        builder.Property(f => f.Remarks).HasMaxLength(2000);
        builder.Property(f => f.PrefillSource).HasMaxLength(500);
        builder.Property(f => f.Scope1Tonnes).HasPrecision(28, 10);
        builder.Property(f => f.Scope2Tonnes).HasPrecision(28, 10);
        builder.Property(f => f.Intensity).HasPrecision(28, 10);
        builder.HasIndex(f => new { f.OrganisationId, f.CaseId, f.Ordinal }).IsUnique().HasDatabaseName("IX_FollowUps_CaseOrdinal");
        builder.HasIndex(f => new { f.OrganisationId, f.DueOn });
        builder.HasIndex(f => f.ClientOrganisationId);
        builder.HasOne<ProgrammeCase>().WithMany()
            .HasForeignKey(f => new { f.OrganisationId, f.CaseId })
            .HasPrincipalKey(c => new { c.OrganisationId, c.Id })
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_FollowUps_ProgrammeCases");
    }
}

internal sealed class FollowUpMeasureConfiguration : IEntityTypeConfiguration<FollowUpMeasure>
{
    public void Configure(EntityTypeBuilder<FollowUpMeasure> builder)
    {
        builder.ToTable("FollowUpMeasures");
        builder.Property(m => m.OrganisationId).IsConcurrencyToken();
        builder.Property(m => m.Description).HasMaxLength(300);
        builder.Property(m => m.SavedKwh).HasPrecision(28, 10);
        builder.Property(m => m.SavedTonnes).HasPrecision(28, 10);
        builder.Property(m => m.SavedNtd).HasPrecision(18, 2);
        builder.HasIndex(m => new { m.OrganisationId, m.FollowUpId, m.Position }).IsUnique().HasDatabaseName("IX_FollowUpMeasures_Position");
        builder.HasOne<FollowUp>().WithMany()
            .HasForeignKey(m => new { m.OrganisationId, m.FollowUpId })
            .HasPrincipalKey(f => new { f.OrganisationId, f.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_FollowUpMeasures_FollowUps");
    }
}
