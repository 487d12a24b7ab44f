using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class MeterAlertConfiguration : IEntityTypeConfiguration<MeterAlert>
{
    public void Configure(EntityTypeBuilder<MeterAlert> builder)
    {
        builder.ToTable("MeterAlerts");
        builder.Property(a => a.OrganisationId).IsConcurrencyToken();
        builder.Property(a => a.Kind).HasMaxLength(20);
        builder.Property(a => a.Status).HasMaxLength(20);
        builder.HasIndex(a => new { a.OrganisationId, a.MeterId, a.Kind, a.StartUtc }).IsUnique();
        builder.HasIndex(a => new { a.OrganisationId, a.Status, a.StartUtc });
        builder.HasOne<Meter>().WithMany()
            .HasForeignKey(a => new { a.OrganisationId, a.MeterId })
            .HasPrincipalKey(m => new { m.OrganisationId, m.Id })
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AlertWebhookConfiguration : IEntityTypeConfiguration<AlertWebhook>
{
    public void Configure(EntityTypeBuilder<AlertWebhook> builder)
    {
        builder.ToTable("AlertWebhooks");
        builder.Property(w => w.OrganisationId).IsConcurrencyToken();
        builder.HasIndex(w => w.OrganisationId).IsUnique();
        builder.Property(w => w.Url).HasMaxLength(500);
        builder.Property(w => w.Secret).HasMaxLength(100);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(w => w.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AlertDeliveryConfiguration : IEntityTypeConfiguration<AlertDelivery>
{
    public void Configure(EntityTypeBuilder<AlertDelivery> builder)
    {
        builder.ToTable("AlertDeliveries");
        builder.Property(d => d.OrganisationId).IsConcurrencyToken();
        builder.Property(d => d.State).HasMaxLength(20);
        builder.Property(d => d.LastError).HasMaxLength(500);
        builder.HasIndex(d => new { d.OrganisationId, d.State, d.CreatedUtc });
        builder.HasIndex(d => new { d.State, d.NextAttemptUtc });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
