using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

// Guidance programmes (Features/Programmes, docs/programmes.md). Every foreign key carries the organisation id, so a
// service, application or request can only point at a row of the same agency.

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ToTable("Programmes");
        builder.OwnedByOrganisation();
        builder.HasAlternateKey(p => new { p.OrganisationId, p.Id });
        builder.Property(p => p.TitleZh).HasMaxLength(200);
        builder.Property(p => p.TitleEn).HasMaxLength(200);
        builder.Property(p => p.Source).HasMaxLength(500);
        builder.HasIndex(p => new { p.OrganisationId, p.Year });
    }
}

internal sealed class ProgrammeServiceConfiguration : IEntityTypeConfiguration<ProgrammeService>
{
    public void Configure(EntityTypeBuilder<ProgrammeService> builder)
    {
        builder.ToTable("ProgrammeServices");
        builder.Property(s => s.OrganisationId).IsConcurrencyToken();
        builder.HasAlternateKey(s => new { s.OrganisationId, s.Id });
        builder.Property(s => s.Key).HasMaxLength(40);
        builder.Property(s => s.NameZh).HasMaxLength(100);
        builder.Property(s => s.NameEn).HasMaxLength(100);
        builder.Property(s => s.CoPaymentNtd).HasPrecision(18, 2);
        builder.Property(s => s.CoPaymentNoteZh).HasMaxLength(200);
        builder.Property(s => s.CoPaymentNoteEn).HasMaxLength(200);
        builder.Property(s => s.DeliveredBy).HasMaxLength(200);
        builder.Property(s => s.EligibilityRules).HasMaxLength(500);
        builder.Property(s => s.PriorityRule).HasMaxLength(40);
        builder.HasIndex(s => new { s.OrganisationId, s.ProgrammeId, s.Key }).IsUnique();
        builder.HasOne<Programme>().WithMany()
            .HasForeignKey(s => new { s.OrganisationId, s.ProgrammeId })
            .HasPrincipalKey(p => new { p.OrganisationId, p.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_ProgrammeServices_Programmes");
    }
}

internal sealed class ProgrammeApplicationConfiguration : IEntityTypeConfiguration<ProgrammeApplication>
{
    public void Configure(EntityTypeBuilder<ProgrammeApplication> builder)
    {
        builder.ToTable("ProgrammeApplications");
        builder.Property(a => a.OrganisationId).IsConcurrencyToken();
        builder.HasAlternateKey(a => new { a.OrganisationId, a.Id });
        foreach (var name in new[] { nameof(ProgrammeApplication.FactoryName), nameof(ProgrammeApplication.Address) })
        {
            builder.Property(name).HasMaxLength(300);
        }

        foreach (var name in new[]
        {
            nameof(ProgrammeApplication.FactoryRegistrationNumber), nameof(ProgrammeApplication.IndustrialPark),
            nameof(ProgrammeApplication.RepresentativeName), nameof(ProgrammeApplication.RepresentativeTitle),
            nameof(ProgrammeApplication.ContactName), nameof(ProgrammeApplication.ContactTitle), nameof(ProgrammeApplication.Phone),
            nameof(ProgrammeApplication.Fax), nameof(ProgrammeApplication.PreferredVisitMonths), nameof(ProgrammeApplication.ExecutiveName),
            nameof(ProgrammeApplication.ExecutiveTitle), nameof(ProgrammeApplication.TargetProductCccCode),
        })
        {
            builder.Property(name).HasMaxLength(100);
        }

        foreach (var name in new[]
        {
            nameof(ProgrammeApplication.TopSuppliers), nameof(ProgrammeApplication.TopCustomers), nameof(ProgrammeApplication.TargetProduct),
            nameof(ProgrammeApplication.ProcessDescription), nameof(ProgrammeApplication.FootprintReason), nameof(ProgrammeApplication.TeamDescription),
        })
        {
            builder.Property(name).HasMaxLength(2000);
        }

        builder.Property(a => a.TaxId).HasMaxLength(8);
        builder.Property(a => a.IndustryCode).HasMaxLength(2);
        builder.Property(a => a.Email).HasMaxLength(256);
        builder.Property(a => a.Culture).HasMaxLength(10);
        builder.Property(a => a.Form2Answers).HasMaxLength(5);
        foreach (var name in new[]
        {
            nameof(ProgrammeApplication.CapitalTenThousandNtd), nameof(ProgrammeApplication.DomesticPercent), nameof(ProgrammeApplication.ExportPercent),
            nameof(ProgrammeApplication.ExportUsPercent), nameof(ProgrammeApplication.ExportJapanPercent), nameof(ProgrammeApplication.ExportEuropePercent),
            nameof(ProgrammeApplication.ExportOtherPercent), nameof(ProgrammeApplication.Revenue1), nameof(ProgrammeApplication.Revenue2),
            nameof(ProgrammeApplication.Revenue3), nameof(ProgrammeApplication.TargetProductRevenuePercent),
        })
        {
            builder.Property(name).HasPrecision(18, 2);
        }

        builder.HasIndex(a => new { a.OrganisationId, a.ProgrammeId, a.Number }).IsUnique().HasDatabaseName("IX_ProgrammeApplications_Number");
        builder.HasIndex(a => new { a.OrganisationId, a.TaxId });
        builder.HasOne<Programme>().WithMany()
            .HasForeignKey(a => new { a.OrganisationId, a.ProgrammeId })
            .HasPrincipalKey(p => new { p.OrganisationId, p.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_ProgrammeApplications_Programmes");
    }
}

internal sealed class ProgrammeApplicationProductConfiguration : IEntityTypeConfiguration<ProgrammeApplicationProduct>
{
    public void Configure(EntityTypeBuilder<ProgrammeApplicationProduct> builder)
    {
        builder.ToTable("ProgrammeApplicationProducts");
        builder.Property(p => p.OrganisationId).IsConcurrencyToken();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Unit).HasMaxLength(40);
        builder.Property(p => p.Output).HasPrecision(28, 10);
        builder.HasIndex(p => new { p.OrganisationId, p.ApplicationId, p.Position }).IsUnique().HasDatabaseName("IX_ProgrammeApplicationProducts_Position");
        builder.HasOne<ProgrammeApplication>().WithMany()
            .HasForeignKey(p => new { p.OrganisationId, p.ApplicationId })
            .HasPrincipalKey(a => new { a.OrganisationId, a.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_ProgrammeApplicationProducts_Applications");
    }
}

internal sealed class ProgrammeRequestConfiguration : IEntityTypeConfiguration<ProgrammeRequest>
{
    public void Configure(EntityTypeBuilder<ProgrammeRequest> builder)
    {
        builder.ToTable("ProgrammeRequests");
        builder.Property(r => r.OrganisationId).IsConcurrencyToken();
        builder.HasAlternateKey(r => new { r.OrganisationId, r.Id });   // a case's key (migration 20261206000406_Cases)
        builder.Property(r => r.Stage).HasMaxLength(40);
        builder.Property(r => r.State).HasMaxLength(24);
        builder.Property(r => r.Checks).HasMaxLength(1000);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.BureauReference).HasMaxLength(100);
        builder.HasIndex(r => new { r.OrganisationId, r.ApplicationId, r.ServiceId }).IsUnique().HasDatabaseName("IX_ProgrammeRequests_ApplicationService");
        builder.HasIndex(r => new { r.OrganisationId, r.ServiceId, r.State }).HasDatabaseName("IX_ProgrammeRequests_ServiceState");
        builder.HasOne<ProgrammeApplication>().WithMany()
            .HasForeignKey(r => new { r.OrganisationId, r.ApplicationId })
            .HasPrincipalKey(a => new { a.OrganisationId, a.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_ProgrammeRequests_Applications");
        builder.HasOne<ProgrammeService>().WithMany()
            .HasForeignKey(r => new { r.OrganisationId, r.ServiceId })
            .HasPrincipalKey(s => new { s.OrganisationId, s.Id })
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_ProgrammeRequests_Services");
    }
}
