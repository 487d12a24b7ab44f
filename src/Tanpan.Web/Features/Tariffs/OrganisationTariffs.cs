using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Tariffs;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Tariffs;

/// <summary>
/// The plans a member can name: the shipped ones, then the organisation's own (current version). One place for the
/// meter form, the meter validation, the dashboards' cost and the peak-shift simulator. Verifiers see shipped plans only.
/// </summary>
public static class OrganisationTariffs
{
    /// <summary>The stored CSV as a Core plan; its version is <c>v{n}</c>. Stored plans were checked, so this does not fail.</summary>
    public static TariffPlan? Parse(OrganisationTariffPlan row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return UserTariffPlans.Parse(row.Csv, $"v{row.Version}").Plans.SingleOrDefault();
    }

    /// <summary>A shipped plan, else the organisation's own plan of that id; null when neither has it.</summary>
    public static async Task<TariffPlan?> FindAsync(AppDbContext db, TenantContext tenant, string? id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tenant);
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var key = id.Trim();
        if (TariffLibrary.Shipped.Find(key) is { } shipped)
        {
            return shipped;
        }

        return tenant.CanRead() && await db.OrganisationTariffPlans.AsNoTracking().SingleOrDefaultAsync(p => p.PlanId == key, cancellationToken) is { } row
            ? Parse(row)
            : null;
    }

    /// <summary>The organisation's own plans by id (for pricing several meters with one query).</summary>
    public static async Task<Dictionary<string, TariffPlan>> OwnAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.OrganisationTariffPlans.AsNoTracking().ToListAsync(cancellationToken);
        return rows.Select(Parse).OfType<TariffPlan>().ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    /// <summary>(id, label) of every plan a select may offer: shipped first, then the organisation's own.</summary>
    public static async Task<IReadOnlyList<(string Id, string Label)>> ChoicesAsync(AppDbContext db, TenantContext tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tenant);
        var choices = TariffLibrary.Shipped.Plans.Select(p => (p.Id, $"{p.NameZh} ({p.Version})")).ToList();
        if (tenant.CanRead())
        {
            var own = await db.OrganisationTariffPlans.AsNoTracking().OrderBy(p => p.PlanId)
                .Select(p => new { p.PlanId, p.NameZh, p.Version }).ToListAsync(cancellationToken);
            choices.AddRange(own.Select(p => (p.PlanId, $"{p.NameZh} ({p.PlanId}, v{p.Version})")));
        }

        return choices;
    }
}
