using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> builder)
    {
        builder.ToTable("Facilities");
        builder.OwnedByOrganisation();
        builder.HasAlternateKey(f => new { f.OrganisationId, f.Id });
        builder.HasIndex(f => new { f.OrganisationId, f.Name }).IsUnique();
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.Address).HasMaxLength(300);
        builder.Property(f => f.FactoryRegistrationNumber).HasMaxLength(20);
    }
}
