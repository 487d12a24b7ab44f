using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Features.Programmes;

namespace Tanpan.Web.Features.Training;

/// <summary>
/// The training priority for later applications (seed 004 注意事項(三); <see cref="ITrainingCertificates"/>): does a
/// company hold a valid (not revoked) certificate of a course tier? Certificates of every agency count, as the seed's
/// priority names the course, not who ran it; the answer is yes or no and discloses nothing else (the same fact the public
/// verification page confirms to anyone holding the certificate's number and code). A tier's certificate also answers
/// for the tiers it counts as (data/training/tiers.json <c>alsoCountsAs</c>; no tier lists one: seed 004 asks for the
/// footprint workshop itself, tier <c>pcf</c>).
/// </summary>
public sealed class TrainingCertificateChecks(AppDbContext db) : ITrainingCertificates
{
    public async Task<bool> HasValidCertificateAsync(string taxId, string courseTier, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(taxId);
        var id = Tanpan.Core.Organisations.TaxId.Normalize(taxId);
        var tiers = TrainingTiers.CountingAs(courseTier);
        return id is not null && tiers.Count > 0 && await db.TrainingCertificates.IgnoreQueryFilters([AppDbContext.TenantFilter])
            .AnyAsync(c => c.TaxId == id && tiers.Contains(c.TierKey) && c.RevokedAt == null, ct);
    }
}
