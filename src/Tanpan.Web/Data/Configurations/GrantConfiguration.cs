using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

/// <summary>Grants (Infrastructure/Grants, docs/grants.md): owned by the grantor; the grantee is indexed for "what may I reach".</summary>
internal sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> builder)
    {
        builder.ToTable("Grants");
        builder.OwnedByOrganisation();
        builder.Property(g => g.Purpose).HasMaxLength(30);
        builder.Property(g => g.SubjectKind).HasMaxLength(30);
        builder.Property(g => g.State).HasMaxLength(20);
        builder.Property(g => g.Note).HasMaxLength(500);
        builder.HasIndex(g => new { g.GranteeOrganisationId, g.Purpose, g.State });
        builder.HasIndex(g => new { g.OrganisationId, g.State });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(g => g.GranteeOrganisationId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_Grants_Organisations_GranteeOrganisationId");
    }
}
