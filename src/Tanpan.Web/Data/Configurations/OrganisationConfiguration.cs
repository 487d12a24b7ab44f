using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.TaxId).HasMaxLength(8);
        builder.Property(o => o.FactoryRegistrationNumber).HasMaxLength(20);
        builder.Property(o => o.IndustryCode).HasMaxLength(2);
        builder.Property(o => o.IndustrialZone).HasMaxLength(100);
        builder.Property(o => o.Address).HasMaxLength(300);
        builder.Property(o => o.CapitalNtd).HasPrecision(18, 2);
        builder.Property(o => o.RepresentativeName).HasMaxLength(100);
        builder.Property(o => o.RepresentativeTitle).HasMaxLength(100);
        builder.Property(o => o.ContactName).HasMaxLength(100);
        builder.Property(o => o.ContactTitle).HasMaxLength(100);
        builder.Property(o => o.ContactPhone).HasMaxLength(50);
        builder.Property(o => o.ContactFax).HasMaxLength(50);
        builder.Property(o => o.ContactEmail).HasMaxLength(256);
        builder.Property(o => o.ExportSharePercent).HasPrecision(5, 2);
        builder.Property(o => o.MainProducts).HasMaxLength(1000);
        builder.Property(o => o.AnnualOutput).HasPrecision(28, 10);
        builder.Property(o => o.AnnualOutputUnit).HasMaxLength(20);
    }
}
