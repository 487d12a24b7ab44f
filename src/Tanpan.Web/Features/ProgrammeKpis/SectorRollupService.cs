using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Grants;

namespace Tanpan.Web.Features.ProgrammeKpis;

/// <summary>
/// The agency's sector roll-up (issue 20 item 7; docs/programme-kpis.md, "Sector roll-up"): the organisations that gave
/// the agency a <c>sector</c> grant in force (<see cref="GrantService.GivenToAsync"/>: active and not past its last day),
/// each read through its grant (<see cref="GrantService.AsGrantorAsync{T}"/>: a read-only scope of that organisation,
/// refused once the grant is revoked or expired): its 產業別 from its profile and, for every LOCKED inventory year, the
/// total of the year's published snapshot (never a fresh calculation, so figures do not drift) and the revenue entered on
/// the year. <see cref="SectorCells"/> then builds the cells and hides those of fewer than three organisations. Nothing is
/// cached: a client that revokes is out of the next page view.
/// </summary>
public sealed class SectorRollupService(TenantContext tenant, GrantService grants)
{
    /// <summary>The agency's own owners, editors and viewers: not someone inside it through a grant.</summary>
    public bool CanRead => tenant.CanRead() && tenant.GrantId is null;

    public async Task<SectorCells.Result?> RollupAsync(int? baseYear, CancellationToken ct)
    {
        if (!CanRead || tenant.OrganisationId is not { } agency)
        {
            return null;
        }

        var organisations = new List<SectorCells.Organisation>();
        foreach (var grant in (await grants.GivenToAsync(agency, GrantPurposes.Sector, ct)).DistinctBy(g => g.OrganisationId))
        {
            if (await grants.AsGrantorAsync(grant, client => ReadAsync(client, grant.OrganisationId, ct), ct) is { } organisation)
            {
                organisations.Add(organisation);
            }
        }

        return SectorCells.Compute(organisations, baseYear);
    }

    /// <summary>One client's industry and locked years, read in its own (read-only) scope.</summary>
    private static async Task<SectorCells.Organisation> ReadAsync(AppDbContext client, Guid id, CancellationToken ct)
    {
        var industry = await client.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => o.IndustryCode).SingleOrDefaultAsync(ct);
        var years = await client.InventoryYears.AsNoTracking().Where(y => y.LockedAt != null)
            .Join(client.ResultSnapshots.AsNoTracking(), y => y.Id, s => s.InventoryYearId, (y, s) => new { y.Year, y.RevenueNtd, s.Json })
            .ToListAsync(ct);
        return new SectorCells.Organisation(id, string.IsNullOrWhiteSpace(industry) ? null : industry,
        [
            .. years.Select(y => (y.Year, y.RevenueNtd, Kilograms: SnapshotTotal.Kilograms(y.Json)))
                .Where(y => y.Kilograms is not null)
                .GroupBy(y => y.Year).Select(g => g.First())
                .Select(y => new SectorCells.OrganisationYear(y.Year, y.Kilograms!.Value / 1000m, y.RevenueNtd)),
        ]);
    }
}
