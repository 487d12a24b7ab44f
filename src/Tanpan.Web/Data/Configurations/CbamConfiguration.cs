using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

/// <summary>CBAM installations, goods and precursors (issue 19): every foreign key carries the organisation id.</summary>
internal sealed class CbamInstallationConfiguration : IEntityTypeConfiguration<CbamInstallation>
{
    public void Configure(EntityTypeBuilder<CbamInstallation> builder)
    {
        builder.ToTable("CbamInstallations");
        builder.OwnedByOrganisation();
        builder.HasAlternateKey(i => new { i.OrganisationId, i.Id });
        builder.HasIndex(i => new { i.OrganisationId, i.Name }).IsUnique();
        builder.HasIndex(i => new { i.OrganisationId, i.FacilityId });
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.UnLocode).HasMaxLength(5);
        builder.Property(i => i.AddressEn).HasMaxLength(300);
        builder.HasOne<Facility>().WithMany().HasForeignKey(i => new { i.OrganisationId, i.FacilityId }).HasPrincipalKey(f => new { f.OrganisationId, f.Id })
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("FK_CbamInstallations_Facilities");
    }
}

internal sealed class CbamGoodConfiguration : IEntityTypeConfiguration<CbamGood>
{
    public void Configure(EntityTypeBuilder<CbamGood> builder)
    {
        builder.ToTable("CbamGoods");
        builder.OwnedByOrganisation();
        builder.HasAlternateKey(g => new { g.OrganisationId, g.Id });
        builder.HasIndex(g => new { g.OrganisationId, g.InstallationId, g.Year, g.CnCode, g.Route }).IsUnique().HasDatabaseName("IX_CbamGoods_Key");
        builder.Property(g => g.CnCode).HasMaxLength(10);
        builder.Property(g => g.Route).HasMaxLength(10);
        foreach (var name in new[] { nameof(CbamGood.ActivityLevelT), nameof(CbamGood.DirectSharePct), nameof(CbamGood.DirectEmissionsT), nameof(CbamGood.HeatImportT),
            nameof(CbamGood.HeatExportT), nameof(CbamGood.WasteGasImportT), nameof(CbamGood.WasteGasExportT), nameof(CbamGood.ElectricityProducedT),
            nameof(CbamGood.IndirectSharePct), nameof(CbamGood.ExportedT) })
        {
            builder.Property(name).HasPrecision(28, 10);
        }

        builder.HasOne<CbamInstallation>().WithMany().HasForeignKey(g => new { g.OrganisationId, g.InstallationId }).HasPrincipalKey(i => new { i.OrganisationId, i.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_CbamGoods_CbamInstallations");
    }
}

internal sealed class CbamPrecursorConfiguration : IEntityTypeConfiguration<CbamPrecursor>
{
    public void Configure(EntityTypeBuilder<CbamPrecursor> builder)
    {
        builder.ToTable("CbamPrecursors");
        builder.OwnedByOrganisation();
        builder.HasIndex(p => new { p.OrganisationId, p.GoodId });
        builder.HasIndex(p => new { p.OrganisationId, p.OwnGoodId });
        builder.Property(p => p.CnCode).HasMaxLength(10);
        builder.Property(p => p.MassT).HasPrecision(28, 10);
        builder.Property(p => p.Source).HasMaxLength(20);
        builder.Property(p => p.SeeDirect).HasPrecision(28, 10);
        builder.Property(p => p.SeeIndirect).HasPrecision(28, 10);
        builder.Property(p => p.Supplier).HasMaxLength(300);
        builder.Property(p => p.Evidence).HasMaxLength(300);
        builder.HasOne<CbamGood>().WithMany().HasForeignKey(p => new { p.OrganisationId, p.GoodId }).HasPrincipalKey(g => new { g.OrganisationId, g.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_CbamPrecursors_CbamGoods");
        // A good another good consumes cannot be deleted while that precursor line exists.
        builder.HasOne<CbamGood>().WithMany().HasForeignKey(p => new { p.OrganisationId, p.OwnGoodId }).HasPrincipalKey(g => new { g.OrganisationId, g.Id })
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("FK_CbamPrecursors_OwnGoods");
    }
}
