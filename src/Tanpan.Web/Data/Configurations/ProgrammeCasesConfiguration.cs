using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

// Consulting teams, cases, stages and visits (Features/ProgrammeCases, docs/programme-cases.md). As in the programmes,
// every foreign key between the agency's rows carries the organisation id, so a case can only point at a request,
// service or team of the same agency.

internal sealed class ProgrammeTeamConfiguration : IEntityTypeConfiguration<ProgrammeTeam>
{
    public void Configure(EntityTypeBuilder<ProgrammeTeam> builder)
    {
        builder.ToTable("ProgrammeTeams");
        builder.Property(t => t.OrganisationId).IsConcurrencyToken();
        builder.HasAlternateKey(t => new { t.OrganisationId, t.Id });
        builder.HasAlternateKey(t => new { t.OrganisationId, t.ProgrammeId, t.TeamOrganisationId }).HasName("AK_ProgrammeTeams_Team");
        builder.Property(t => t.NameZh).HasMaxLength(200);
        builder.Property(t => t.NameEn).HasMaxLength(200);
        builder.HasIndex(t => t.TeamOrganisationId);
        builder.HasOne<Programme>().WithMany()
            .HasForeignKey(t => new { t.OrganisationId, t.ProgrammeId })
            .HasPrincipalKey(p => new { p.OrganisationId, p.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_ProgrammeTeams_Programmes");
        builder.HasOne<Organisation>().WithMany()
            .HasForeignKey(t => t.TeamOrganisationId)
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_ProgrammeTeams_TeamOrganisation");
    }
}

internal sealed class ProgrammeTeamServiceConfiguration : IEntityTypeConfiguration<ProgrammeTeamService>
{
    public void Configure(EntityTypeBuilder<ProgrammeTeamService> builder)
    {
        builder.ToTable("ProgrammeTeamServices");
        builder.Property(t => t.OrganisationId).IsConcurrencyToken();
        builder.HasIndex(t => new { t.OrganisationId, t.TeamId, t.ServiceId }).IsUnique().HasDatabaseName("IX_ProgrammeTeamServices_TeamService");
        builder.HasIndex(t => new { t.OrganisationId, t.ServiceId }).HasDatabaseName("IX_ProgrammeTeamServices_Service");
        builder.HasOne<ProgrammeTeam>().WithMany()
            .HasForeignKey(t => new { t.OrganisationId, t.TeamId })
            .HasPrincipalKey(t => new { t.OrganisationId, t.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_ProgrammeTeamServices_Teams");
        builder.HasOne<ProgrammeService>().WithMany()
            .HasForeignKey(t => new { t.OrganisationId, t.ServiceId })
            .HasPrincipalKey(s => new { s.OrganisationId, s.Id })
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_ProgrammeTeamServices_Services");
    }
}

internal sealed class ProgrammeCaseConfiguration : IEntityTypeConfiguration<ProgrammeCase>
{
    public void Configure(EntityTypeBuilder<ProgrammeCase> builder)
    {
        builder.ToTable("ProgrammeCases");
        builder.Property(c => c.OrganisationId).IsConcurrencyToken();
        builder.HasAlternateKey(c => new { c.OrganisationId, c.Id });
        builder.Property(c => c.ClientName).HasMaxLength(300);
        builder.Property(c => c.StageKey).HasMaxLength(40);
        builder.HasIndex(c => new { c.OrganisationId, c.RequestId }).IsUnique().HasDatabaseName("IX_ProgrammeCases_Request");
        builder.HasIndex(c => new { c.OrganisationId, c.TeamOrganisationId, c.StageKey }).HasDatabaseName("IX_ProgrammeCases_TeamStage");
        builder.HasIndex(c => new { c.OrganisationId, c.OfficerUserId }).HasDatabaseName("IX_ProgrammeCases_Officer");
        builder.HasIndex(c => new { c.OrganisationId, c.ClosedOn }).HasDatabaseName("IX_ProgrammeCases_ClosedOn");
        builder.HasIndex(c => c.ClientOrganisationId);
        builder.HasIndex(c => c.OfficerUserId);
        builder.HasOne<ProgrammeApplication>().WithMany()
            .HasForeignKey(c => new { c.OrganisationId, c.ApplicationId })
            .HasPrincipalKey(a => new { a.OrganisationId, a.Id })
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_ProgrammeCases_Applications");
        builder.HasOne<ProgrammeRequest>().WithMany()
            .HasForeignKey(c => new { c.OrganisationId, c.RequestId })
            .HasPrincipalKey(r => new { r.OrganisationId, r.Id })
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_ProgrammeCases_Requests");
        builder.HasOne<ProgrammeService>().WithMany()
            .HasForeignKey(c => new { c.OrganisationId, c.ServiceId })
            .HasPrincipalKey(s => new { s.OrganisationId, s.Id })
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_ProgrammeCases_Services");
        builder.HasOne<ProgrammeTeam>().WithMany()
            .HasForeignKey(c => new { c.OrganisationId, c.ProgrammeId, c.TeamOrganisationId })
            .HasPrincipalKey(t => new { t.OrganisationId, t.ProgrammeId, t.TeamOrganisationId })
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_ProgrammeCases_Teams");
        builder.HasOne<User>().WithMany()
            .HasForeignKey(c => c.OfficerUserId)
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_ProgrammeCases_Officer");
        builder.HasOne<Organisation>().WithMany()
            .HasForeignKey(c => c.ClientOrganisationId)
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_ProgrammeCases_ClientOrganisation");
    }
}

internal sealed class ProgrammeCaseStageConfiguration : IEntityTypeConfiguration<ProgrammeCaseStage>
{
    public void Configure(EntityTypeBuilder<ProgrammeCaseStage> builder)
    {
        builder.ToTable("ProgrammeCaseStages");
        builder.Property(s => s.OrganisationId).IsConcurrencyToken();
        builder.Property(s => s.Key).HasMaxLength(40);
        builder.HasIndex(s => new { s.OrganisationId, s.CaseId, s.Key }).IsUnique().HasDatabaseName("IX_ProgrammeCaseStages_Key");
        builder.HasIndex(s => new { s.OrganisationId, s.CaseId, s.Position }).IsUnique().HasDatabaseName("IX_ProgrammeCaseStages_Position");
        builder.HasOne<ProgrammeCase>().WithMany()
            .HasForeignKey(s => new { s.OrganisationId, s.CaseId })
            .HasPrincipalKey(c => new { c.OrganisationId, c.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_ProgrammeCaseStages_Cases");
    }
}

internal sealed class CaseVisitConfiguration : IEntityTypeConfiguration<CaseVisit>
{
    public void Configure(EntityTypeBuilder<CaseVisit> builder)
    {
        builder.ToTable("CaseVisits");
        builder.Property(v => v.OrganisationId).IsConcurrencyToken();
        builder.HasAlternateKey(v => new { v.OrganisationId, v.Id });
        builder.Property(v => v.PeoplePresent).HasMaxLength(1000);
        builder.Property(v => v.Findings).HasMaxLength(4000);
        builder.Property(v => v.NextSteps).HasMaxLength(2000);
        builder.HasIndex(v => new { v.OrganisationId, v.CaseId, v.VisitedOn }).HasDatabaseName("IX_CaseVisits_CaseDate");
        builder.HasIndex(v => v.RecordedByUserId);
        builder.HasOne<ProgrammeCase>().WithMany()
            .HasForeignKey(v => new { v.OrganisationId, v.CaseId })
            .HasPrincipalKey(c => new { c.OrganisationId, c.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_CaseVisits_Cases");
        builder.HasOne<User>().WithMany()
            .HasForeignKey(v => v.RecordedByUserId)
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_CaseVisits_RecordedBy");
    }
}

internal sealed class CaseVisitFileConfiguration : IEntityTypeConfiguration<CaseVisitFile>
{
    public void Configure(EntityTypeBuilder<CaseVisitFile> builder)
    {
        builder.ToTable("CaseVisitFiles");
        builder.Property(f => f.OrganisationId).IsConcurrencyToken();
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.StoredPath).HasMaxLength(500);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.HasIndex(f => new { f.OrganisationId, f.VisitId }).HasDatabaseName("IX_CaseVisitFiles_Visit");
        builder.HasOne<CaseVisit>().WithMany()
            .HasForeignKey(f => new { f.OrganisationId, f.VisitId })
            .HasPrincipalKey(v => new { v.OrganisationId, v.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_CaseVisitFiles_Visits");
    }
}
