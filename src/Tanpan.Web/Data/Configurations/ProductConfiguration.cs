using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("Products");
        builder.OwnedByOrganisation();
        builder.HasAlternateKey(p => new { p.OrganisationId, p.Id });
        builder.HasIndex(p => new { p.OrganisationId, p.Code }).IsUnique();
        builder.Property(p => p.Code).HasMaxLength(100);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.DeclaredUnit).HasMaxLength(20);
        builder.Property(p => p.MassKgPerDeclaredUnit).HasPrecision(28, 10);
        builder.Property(p => p.CnCode).HasMaxLength(20);
        builder.Property(p => p.CccCode).HasMaxLength(20);
        builder.Property(p => p.DqrTechnological).HasPrecision(28, 10);
        builder.Property(p => p.DqrTemporal).HasPrecision(28, 10);
        builder.Property(p => p.DqrGeographical).HasPrecision(28, 10);
    }
}

/// <summary>Every product row's foreign keys carry the organisation id, so no row can cite another tenant's product, inventory, facility or source.</summary>
internal sealed class ProductOutputConfiguration : IEntityTypeConfiguration<ProductOutput>
{
    public void Configure(EntityTypeBuilder<ProductOutput> builder)
    {
        builder.ToTable("ProductOutputs");
        builder.OwnedByOrganisation();
        builder.HasIndex(o => new { o.OrganisationId, o.ProductId, o.InventoryYearId, o.FacilityId }).IsUnique().HasDatabaseName("IX_ProductOutputs_Key");
        builder.HasIndex(o => new { o.OrganisationId, o.InventoryYearId });
        builder.HasIndex(o => new { o.OrganisationId, o.FacilityId });
        builder.Property(o => o.Quantity).HasPrecision(28, 10);
        builder.Property(o => o.RevenueNtd).HasPrecision(28, 10);
        builder.Property(o => o.ScrapQuantity).HasPrecision(28, 10);
        builder.HasOne<Product>().WithMany().HasForeignKey(o => new { o.OrganisationId, o.ProductId }).HasPrincipalKey(p => new { p.OrganisationId, p.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_ProductOutputs_Products");
        builder.HasOne<InventoryYear>().WithMany().HasForeignKey(o => new { o.OrganisationId, o.InventoryYearId }).HasPrincipalKey(y => new { y.OrganisationId, y.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_ProductOutputs_InventoryYears");
        builder.HasOne<Facility>().WithMany().HasForeignKey(o => new { o.OrganisationId, o.FacilityId }).HasPrincipalKey(f => new { f.OrganisationId, f.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_ProductOutputs_Facilities");
    }
}

internal sealed class ProductBomLineConfiguration : IEntityTypeConfiguration<ProductBomLine>
{
    public void Configure(EntityTypeBuilder<ProductBomLine> builder)
    {
        builder.ToTable("ProductBomLines");
        builder.OwnedByOrganisation();
        builder.HasIndex(l => new { l.OrganisationId, l.ProductId });
        builder.HasIndex(l => new { l.OrganisationId, l.ComponentProductId });
        builder.Property(l => l.Material).HasMaxLength(200);
        builder.Property(l => l.QuantityPerUnit).HasPrecision(28, 10);
        builder.Property(l => l.Unit).HasMaxLength(20);
        builder.Property(l => l.SourceKind).HasMaxLength(20);
        builder.Property(l => l.KgCo2ePerUnit).HasPrecision(28, 10);
        builder.Property(l => l.FactorSource).HasMaxLength(200);
        builder.Property(l => l.FactorVersion).HasMaxLength(100);
        builder.Property(l => l.PrimaryDataShare).HasPrecision(28, 10);
        builder.HasOne<Product>().WithMany().HasForeignKey(l => new { l.OrganisationId, l.ProductId }).HasPrincipalKey(p => new { p.OrganisationId, p.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_ProductBomLines_Products");
        // A product another product is made of cannot be deleted while that line exists.
        builder.HasOne<Product>().WithMany().HasForeignKey(l => new { l.OrganisationId, l.ComponentProductId }).HasPrincipalKey(p => new { p.OrganisationId, p.Id })
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("FK_ProductBomLines_Components");
    }
}

internal sealed class ProductProcessAssignmentConfiguration : IEntityTypeConfiguration<ProductProcessAssignment>
{
    public void Configure(EntityTypeBuilder<ProductProcessAssignment> builder)
    {
        builder.ToTable("ProductProcessAssignments");
        builder.OwnedByOrganisation();
        // A process of a facility serves one product line at most.
        builder.HasIndex(a => new { a.OrganisationId, a.InventoryYearId, a.FacilityId, a.Process }).IsUnique().HasDatabaseName("IX_ProductProcessAssignments_Process");
        builder.HasIndex(a => new { a.OrganisationId, a.ProductId });
        builder.HasIndex(a => new { a.OrganisationId, a.FacilityId });
        builder.Property(a => a.Process).HasMaxLength(200);
        builder.HasOne<Product>().WithMany().HasForeignKey(a => new { a.OrganisationId, a.ProductId }).HasPrincipalKey(p => new { p.OrganisationId, p.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_ProductProcessAssignments_Products");
        builder.HasOne<InventoryYear>().WithMany().HasForeignKey(a => new { a.OrganisationId, a.InventoryYearId }).HasPrincipalKey(y => new { y.OrganisationId, y.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_ProductProcessAssignments_InventoryYears");
        builder.HasOne<Facility>().WithMany().HasForeignKey(a => new { a.OrganisationId, a.FacilityId }).HasPrincipalKey(f => new { f.OrganisationId, f.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_ProductProcessAssignments_Facilities");
    }
}

internal sealed class ProductStageValueConfiguration : IEntityTypeConfiguration<ProductStageValue>
{
    public void Configure(EntityTypeBuilder<ProductStageValue> builder)
    {
        builder.ToTable("ProductStageValues");
        builder.OwnedByOrganisation();
        builder.HasIndex(v => new { v.OrganisationId, v.ProductId, v.Stage }).IsUnique();
        builder.Property(v => v.Stage).HasMaxLength(20);
        builder.Property(v => v.KgCo2ePerUnit).HasPrecision(28, 10);
        builder.Property(v => v.Source).HasMaxLength(200);
        builder.HasOne<Product>().WithMany().HasForeignKey(v => new { v.OrganisationId, v.ProductId }).HasPrincipalKey(p => new { p.OrganisationId, p.Id })
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("FK_ProductStageValues_Products");
    }
}
