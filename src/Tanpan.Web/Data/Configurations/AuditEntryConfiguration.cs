using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.OrganisationId).IsConcurrencyToken();
        builder.HasIndex(a => new { a.OrganisationId, a.EntityType, a.EntityId });
        builder.HasIndex(a => new { a.OrganisationId, a.InventoryYearId });
        builder.HasIndex(a => new { a.OrganisationId, a.EmissionSourceId });
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(10);
    }
}
