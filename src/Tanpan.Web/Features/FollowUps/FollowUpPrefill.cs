using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanpan.Core.Factors;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Infrastructure.Grants;

namespace Tanpan.Web.Features.FollowUps;

/// <summary>
/// The figures the form starts from when the client lets the agency read them (docs/follow-ups.md, "Prefill"): only
/// through an active <c>follow-up</c> grant from the client to the agency (docs/grants.md), read in the client's tenant
/// by <see cref="GrantService.AsGrantorAsync{T}"/> (read-only), with the inventory results service the results page
/// uses. No grant (none, declined, revoked, expired) means no read at all. What was read is named in the trace.
/// </summary>
public sealed class FollowUpPrefill(GrantService grants, FactorLibrary library, ResultsCache cache, IOptions<JsonOptions> json)
{
    /// <summary>The client's inventory figures of <paramref name="year"/>, or null with no active grant; <see cref="Prefill.Found"/> false when there is no usable inventory.</summary>
    public async Task<Prefill?> ReadAsync(Guid agency, Guid? client, int year, CancellationToken ct)
    {
        if (client is not Guid grantor || await grants.ActiveAsync(grantor, agency, GrantPurposes.FollowUp, null, ct) is not { } grant)
        {
            return null;
        }

        return await grants.AsGrantorAsync(grant, async db =>
        {
            var results = new InventoryResultsService(db, library, cache, json);
            var id = await db.InventoryYears.AsNoTracking().Where(y => y.Year == year).Select(y => (Guid?)y.Id).SingleOrDefaultAsync(ct);
            if (id is not Guid inventory || await results.GetAsync(inventory, ct) is not { Results.Summary: { } summary } outcome)
            {
                return new Prefill(year, Found: false, null, null, null, null, null, null, null, null);
            }

            var head = outcome.Inventory;
            decimal Scope(string key) => summary.ByScope.Where(t => t.Key == key).Sum(t => t.Kilograms) / 1000m;

            // The results page's intensity (ResultsBody.razor): total tCO2e per unit of output, else per NT$ million of revenue.
            var (intensity, unitZh, unitEn) = head.OutputQuantity is decimal output && output > 0 && !string.IsNullOrWhiteSpace(head.OutputUnit)
                ? (summary.TotalTonnes / output, $"每{head.OutputUnit}產量", $"per {head.OutputUnit} of output")
                : head.RevenueNtd is decimal revenue && revenue > 0
                    ? (summary.TotalTonnes / (revenue / 1_000_000m), "每新臺幣百萬元營業額", "per NT$ million of revenue")
                    : ((decimal?)null, (string?)null, (string?)null);
            return new Prefill(year, Found: true, Scope("1"), Scope("2"), intensity, unitZh, unitEn, summary.FactorSetId, summary.FactorSetVersion, head.LockedAt);
        }, ct);
    }
}
