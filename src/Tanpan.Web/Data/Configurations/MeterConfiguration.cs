using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class MeterConfiguration : IEntityTypeConfiguration<Meter>
{
    public void Configure(EntityTypeBuilder<Meter> builder)
    {
        builder.ToTable("Meters");
        builder.OwnedByOrganisation();
        builder.HasAlternateKey(m => new { m.OrganisationId, m.Id });
        builder.HasIndex(m => new { m.OrganisationId, m.Name }).IsUnique();
        builder.Property(m => m.Name).HasMaxLength(100);
        builder.Property(m => m.EnergyType).HasMaxLength(20);
        builder.Property(m => m.Unit).HasMaxLength(20);
        builder.Property(m => m.Kind).HasMaxLength(20);
        builder.Property(m => m.RolloverValue).HasPrecision(28, 10);
        builder.Property(m => m.TariffPlanId).HasMaxLength(100);
        builder.Property(m => m.Voltage).HasMaxLength(20);
        builder.Property(m => m.ContractCapacityKw).HasPrecision(28, 10);
        builder.Property(m => m.MaxReadingValue).HasPrecision(28, 10);

        // A meter cannot point at another tenant's facility; a facility with meters cannot be deleted.
        builder.HasOne(m => m.Facility).WithMany()
            .HasForeignKey(m => new { m.OrganisationId, m.FacilityId })
            .HasPrincipalKey(f => new { f.OrganisationId, f.Id })
            .OnDelete(DeleteBehavior.Restrict);

        // EmissionSourceId has no foreign key: sources come and go with draft inventories, and a key carrying the
        // organisation id (as every key between tenants' rows must) could not be set null by the database.
        // MeterService checks the source is the organisation's; a link to a deleted source counts as no link.
    }
}

internal sealed class MeterReadingConfiguration : IEntityTypeConfiguration<MeterReading>
{
    public void Configure(EntityTypeBuilder<MeterReading> builder)
    {
        // No foreign key and no index besides the primary key: each would cost every one of millions of inserts
        // (a key to the meter would need an index on (OrganisationId, MeterId)). The organisation id is the meter's,
        // set by the ingestion; the query filter scopes reads by it; deleting a meter deletes its readings
        // in the same transaction (MeterService).
        builder.ToTable("MeterReadings");
        builder.HasKey(r => new { r.MeterId, r.TimestampUtc });
        builder.Property(r => r.OrganisationId).IsConcurrencyToken();
    }
}

internal sealed class MeterDayProfileConfiguration : IEntityTypeConfiguration<MeterDayProfile>
{
    public void Configure(EntityTypeBuilder<MeterDayProfile> builder)
    {
        // Like MeterReadings: no foreign key and no index besides the primary key (the ingestion upserts these rows in
        // every batch); deleting a meter deletes its profiles with its readings (MetersApi.DeleteAsync).
        builder.ToTable("MeterDayProfiles");
        builder.HasKey(p => new { p.MeterId, p.LocalDay });
        builder.Property(p => p.OrganisationId).IsConcurrencyToken();
    }
}

internal sealed class MeterReadingConflictConfiguration : IEntityTypeConfiguration<MeterReadingConflict>
{
    public void Configure(EntityTypeBuilder<MeterReadingConflict> builder)
    {
        builder.ToTable("MeterReadingConflicts");
        builder.Property(c => c.OrganisationId).IsConcurrencyToken();
        builder.Property(c => c.Reason).HasMaxLength(40);
        builder.Property(c => c.SentText).HasMaxLength(40);
        builder.HasIndex(c => new { c.OrganisationId, c.MeterId, c.TimestampUtc, c.Value }).IsUnique()
            .HasDatabaseName("IX_MeterReadingConflicts_Reading");
        builder.HasOne<Meter>().WithMany()
            .HasForeignKey(c => new { c.OrganisationId, c.MeterId })
            .HasPrincipalKey(m => new { m.OrganisationId, m.Id })
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GatewayKeyConfiguration : IEntityTypeConfiguration<GatewayKey>
{
    public void Configure(EntityTypeBuilder<GatewayKey> builder)
    {
        builder.ToTable("GatewayKeys");
        builder.OwnedByOrganisation();
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.Property(k => k.LastUsedAt).HasAnnotation(AuditTrail.NotAudited, true);
    }
}
