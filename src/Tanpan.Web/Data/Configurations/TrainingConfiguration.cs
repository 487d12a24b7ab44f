using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

/// <summary>Training (Features/Training, docs/training.md): every foreign key carries the agency's organisation id.</summary>
internal sealed class TrainingCourseConfiguration : IEntityTypeConfiguration<TrainingCourse>
{
    public void Configure(EntityTypeBuilder<TrainingCourse> builder)
    {
        builder.ToTable("TrainingCourses");
        builder.OwnedByOrganisation();
        builder.HasAlternateKey(c => new { c.OrganisationId, c.Id });
        builder.Property(c => c.TierKey).HasMaxLength(20);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Description).HasMaxLength(2000);
    }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        builder.ToTable("TrainingSessions");
        builder.OwnedByOrganisation();
        builder.HasAlternateKey(s => new { s.OrganisationId, s.Id });
        builder.HasIndex(s => new { s.OrganisationId, s.CourseId });
        builder.Property(s => s.Place).HasMaxLength(200);
        builder.Property(s => s.SeatsTaken).HasAnnotation(AuditTrail.NotAudited, true);
        builder.HasOne<TrainingCourse>().WithMany().HasForeignKey(s => new { s.OrganisationId, s.CourseId }).HasPrincipalKey(c => new { c.OrganisationId, c.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_TrainingSessions_TrainingCourses");
    }
}

internal sealed class TrainingSessionDayConfiguration : IEntityTypeConfiguration<TrainingSessionDay>
{
    public void Configure(EntityTypeBuilder<TrainingSessionDay> builder)
    {
        builder.ToTable("TrainingSessionDays");
        builder.OwnedByOrganisation();
        builder.HasIndex(d => new { d.OrganisationId, d.SessionId, d.Day }).IsUnique();
        builder.Property(d => d.Hours).HasPrecision(28, 10);
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(d => new { d.OrganisationId, d.SessionId }).HasPrincipalKey(s => new { s.OrganisationId, s.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_TrainingSessionDays_TrainingSessions");
    }
}

internal sealed class TrainingRegistrationConfiguration : IEntityTypeConfiguration<TrainingRegistration>
{
    public void Configure(EntityTypeBuilder<TrainingRegistration> builder)
    {
        builder.ToTable("TrainingRegistrations");
        builder.OwnedByOrganisation();
        builder.HasAlternateKey(r => new { r.OrganisationId, r.Id });
        // One active registration per e-mail and session (cancelled rows have no key, and NULLs do not collide).
        builder.HasIndex(r => new { r.OrganisationId, r.SessionId, r.ActiveEmailKey }).IsUnique().HasDatabaseName("IX_TrainingRegistrations_ActiveEmail");
        builder.HasIndex(r => r.TaxId);
        builder.HasIndex(r => r.LinkedOrganisationId);
        builder.Property(r => r.CompanyName).HasMaxLength(200);
        builder.Property(r => r.TaxId).HasMaxLength(8);
        builder.Property(r => r.PersonName).HasMaxLength(100);
        builder.Property(r => r.JobTitle).HasMaxLength(100);
        builder.Property(r => r.Email).HasMaxLength(254);
        builder.Property(r => r.ActiveEmailKey).HasMaxLength(254);
        builder.Property(r => r.Phone).HasMaxLength(50);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(r => new { r.OrganisationId, r.SessionId }).HasPrincipalKey(s => new { s.OrganisationId, s.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_TrainingRegistrations_TrainingSessions");
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.LinkedOrganisationId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_TrainingRegistrations_LinkedOrganisation");
    }
}

internal sealed class TrainingAttendanceConfiguration : IEntityTypeConfiguration<TrainingAttendance>
{
    public void Configure(EntityTypeBuilder<TrainingAttendance> builder)
    {
        builder.ToTable("TrainingAttendances");
        builder.OwnedByOrganisation();
        builder.HasIndex(a => new { a.OrganisationId, a.RegistrationId, a.Day }).IsUnique();
        builder.HasOne<TrainingRegistration>().WithMany().HasForeignKey(a => new { a.OrganisationId, a.RegistrationId }).HasPrincipalKey(r => new { r.OrganisationId, r.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_TrainingAttendances_TrainingRegistrations");
    }
}

internal sealed class TrainingCertificateConfiguration : IEntityTypeConfiguration<TrainingCertificate>
{
    public void Configure(EntityTypeBuilder<TrainingCertificate> builder)
    {
        builder.ToTable("TrainingCertificates");
        builder.OwnedByOrganisation();
        builder.HasIndex(c => new { c.OrganisationId, c.Number }).IsUnique();
        builder.HasIndex(c => new { c.OrganisationId, c.RegistrationId }).IsUnique();
        builder.HasIndex(c => c.Number).HasDatabaseName("IX_TrainingCertificates_PublicNumber");
        builder.HasIndex(c => c.TaxId);
        builder.Property(c => c.Number).HasMaxLength(40);
        builder.Property(c => c.TierKey).HasMaxLength(20);
        builder.Property(c => c.CheckCode).HasMaxLength(10);
        builder.Property(c => c.HolderName).HasMaxLength(100);
        builder.Property(c => c.CompanyName).HasMaxLength(200);
        builder.Property(c => c.TaxId).HasMaxLength(8);
        builder.Property(c => c.CourseTitle).HasMaxLength(200);
        builder.Property(c => c.RevokedReason).HasMaxLength(500);
        // Restrict: a registration with a certificate is not deleted (the certificate is revoked instead).
        builder.HasOne<TrainingRegistration>().WithMany().HasForeignKey(c => new { c.OrganisationId, c.RegistrationId }).HasPrincipalKey(r => new { r.OrganisationId, r.Id })
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("FK_TrainingCertificates_TrainingRegistrations");
    }
}
