using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("Memberships");
        builder.OwnedByOrganisation();
        builder.HasIndex(m => new { m.OrganisationId, m.UserId }).IsUnique();
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);

        // Deleting an account removes its memberships; deleting an inventory removes the verifier
        // memberships limited to it.
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<InventoryYear>().WithMany()
            .HasForeignKey(m => new { m.OrganisationId, m.InventoryYearId })
            .HasPrincipalKey(y => new { y.OrganisationId, y.Id })
            .OnDelete(DeleteBehavior.Cascade);
    }
}
