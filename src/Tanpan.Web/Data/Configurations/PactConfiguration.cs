using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class PactPublishedFootprintConfiguration : IEntityTypeConfiguration<PactPublishedFootprint>
{
    public void Configure(EntityTypeBuilder<PactPublishedFootprint> builder)
    {
        builder.ToTable("PactPublishedFootprints");
        builder.OwnedByOrganisation();
        builder.HasAlternateKey(f => new { f.OrganisationId, f.Id });
        builder.Property(f => f.ProductName).HasMaxLength(200);
        builder.Property(f => f.Geography).HasMaxLength(64);
        builder.Property(f => f.Status).HasMaxLength(16);
        builder.Property(f => f.DeclaredUnit).HasMaxLength(32);
        builder.Property(f => f.PcfExcludingBiogenicUptake).HasPrecision(28, 10);
        builder.HasIndex(f => new { f.OrganisationId, f.PublishedAt });
    }
}

internal sealed class PactClientConfiguration : IEntityTypeConfiguration<PactClient>
{
    public void Configure(EntityTypeBuilder<PactClient> builder)
    {
        builder.ToTable("PactClients");
        builder.OwnedByOrganisation();
        builder.HasAlternateKey(c => new { c.OrganisationId, c.Id });
        builder.HasIndex(c => c.ClientId).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.ClientId).HasMaxLength(64);
        builder.Property(c => c.SecretHash).HasMaxLength(64);
        builder.Property(c => c.EventsBaseUrl).HasMaxLength(500);
        builder.Property(c => c.CallbackClientId).HasMaxLength(200);
        builder.Property(c => c.CallbackSecretProtected).HasMaxLength(2000);
        builder.Property(c => c.LastUsedAt).HasAnnotation(AuditTrail.NotAudited, true);
    }
}

internal sealed class PactGrantConfiguration : IEntityTypeConfiguration<PactGrant>
{
    public void Configure(EntityTypeBuilder<PactGrant> builder)
    {
        builder.ToTable("PactGrants");
        builder.Property(g => g.OrganisationId).IsConcurrencyToken();
        builder.HasIndex(g => new { g.OrganisationId, g.PactClientId, g.FootprintId }).IsUnique();
        builder.HasIndex(g => new { g.OrganisationId, g.FootprintId });
        builder.HasOne<PactClient>().WithMany()
            .HasForeignKey(g => new { g.OrganisationId, g.PactClientId })
            .HasPrincipalKey(c => new { c.OrganisationId, c.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_PactGrants_PactClients");
        builder.HasOne<PactPublishedFootprint>().WithMany()
            .HasForeignKey(g => new { g.OrganisationId, g.FootprintId })
            .HasPrincipalKey(f => new { f.OrganisationId, f.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_PactGrants_PactPublishedFootprints");
    }
}

internal sealed class PactEventConfiguration : IEntityTypeConfiguration<PactEvent>
{
    public void Configure(EntityTypeBuilder<PactEvent> builder)
    {
        builder.ToTable("PactEvents");
        builder.Property(e => e.OrganisationId).IsConcurrencyToken();
        builder.Property(e => e.EventId).HasMaxLength(200);
        builder.Property(e => e.Type).HasMaxLength(200);
        builder.Property(e => e.Source).HasMaxLength(500);
        builder.Property(e => e.Outcome).HasMaxLength(32);
        builder.Property(e => e.OutcomeNote).HasMaxLength(500);
        builder.HasIndex(e => new { e.OrganisationId, e.ReceivedAt });
        builder.HasOne<PactClient>().WithMany()
            .HasForeignKey(e => new { e.OrganisationId, e.PactClientId })
            .HasPrincipalKey(c => new { c.OrganisationId, c.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_PactEvents_PactClients");
    }
}
