using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class ActivityEntryConfiguration : IEntityTypeConfiguration<ActivityEntry>
{
    public void Configure(EntityTypeBuilder<ActivityEntry> builder)
    {
        builder.ToTable("ActivityEntries");
        builder.Property(a => a.OrganisationId).IsConcurrencyToken();
        builder.Property(a => a.Amount).HasPrecision(28, 10);
        builder.Property(a => a.Unit).HasMaxLength(20);
        builder.Property(a => a.AmountPaidNtd).HasPrecision(28, 10);
        builder.Property(a => a.UnitPriceNtd).HasPrecision(28, 10);
        builder.Property(a => a.DataSourceMethod).HasMaxLength(100);
        builder.Property(a => a.Note).HasMaxLength(1000);
        builder.Property(a => a.OverlapReason).HasMaxLength(500);

        // Names past PostgreSQL's 63 characters are given short, so both providers agree on them.
        // (organisation, inventory, source) must name one existing source of the same inventory and
        // tenant. Deleting the source deletes its entries (and, by EvidenceFiles' key, their evidence).
        builder.HasOne(a => a.EmissionSource).WithMany(s => s.Activity)
            .HasForeignKey(a => new { a.OrganisationId, a.InventoryYearId, a.EmissionSourceId })
            .HasPrincipalKey(s => new { s.OrganisationId, s.InventoryYearId, s.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_ActivityEntries_EmissionSources");
        builder.HasIndex(a => new { a.OrganisationId, a.InventoryYearId, a.EmissionSourceId })
            .HasDatabaseName("IX_ActivityEntries_EmissionSource");

        // A meter's entry (migration 20261206000201): the key carries the organisation, so it names only the tenant's own
        // meters; one entry per meter, source and month. Restrict, not set-null: the database cannot null MeterId alone
        // in a key that includes OrganisationId, so deleting a meter nulls its entries' keys first (MetersApi.DeleteAsync).
        builder.HasOne<Meter>().WithMany()
            .HasForeignKey(a => new { a.OrganisationId, a.MeterId })
            .HasPrincipalKey(m => new { m.OrganisationId, m.Id })
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_ActivityEntries_Meters");
        builder.HasIndex(a => new { a.OrganisationId, a.MeterId, a.EmissionSourceId, a.Year, a.Month }).IsUnique()
            .HasDatabaseName("IX_ActivityEntries_MeterMonth");
    }
}
