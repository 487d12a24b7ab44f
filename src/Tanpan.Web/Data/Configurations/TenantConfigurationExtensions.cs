using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data.Configurations;

internal static class TenantConfigurationExtensions
{
    /// <summary>
    /// A foreign key to the organisation (restrict: an organisation with data is never deleted by a
    /// cascade), and the organisation id as a concurrency token, so an UPDATE or DELETE also matches
    /// on it and cannot reach another tenant's row by id alone.
    /// </summary>
    public static void OwnedByOrganisation<T>(this EntityTypeBuilder<T> builder)
        where T : class, ITenantOwned
    {
        builder.Property(e => e.OrganisationId).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
