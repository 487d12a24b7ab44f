using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Cbam;
using Tanpan.Core.Factors;
using Tanpan.Core.Units;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using CoreInstallation = Tanpan.Core.Cbam.CbamInstallation;

namespace Tanpan.Web.Features.Cbam;

/// <summary>
/// The organisation's CBAM goods of one year through Core's <see cref="CbamSeeCalculator"/>: direct emissions attributed
/// from the facility's category 1 emissions in that year's inventory (its pinned factor and GWP sets, as the results pages
/// compute them) or as typed, indirect from category 2 where the good counts them, precursors from own goods (across the
/// organisation's installations), suppliers, PACT or the default values. Computed on each view, never stored.
/// </summary>
public sealed class CbamCalculation(CbamService cbam, FactorLibrary library)
{
    public async Task<CbamYear> ComputeAsync(int year, CancellationToken cancellationToken)
    {
        var db = cbam.Db;
        var installations = await db.CbamInstallations.AsNoTracking().ToDictionaryAsync(i => i.Id, cancellationToken);
        var goods = await db.CbamGoods.AsNoTracking().Where(g => g.Year == year).OrderBy(g => g.Id).ToListAsync(cancellationToken);
        var ids = goods.Select(g => g.Id).ToList();
        var precursors = (await db.CbamPrecursors.AsNoTracking().Where(p => ids.Contains(p.GoodId)).ToListAsync(cancellationToken))
            .OrderBy(p => p.Id).ToLookup(p => p.GoodId);
        var inventory = await InventoryBasisAsync(year, cancellationToken);

        var issues = new List<CbamIssue>();
        var processes = new List<CbamProductionProcess>();
        foreach (var good in goods)
        {
            var facility = installations[good.InstallationId].FacilityId;
            if (good.DirectSharePct is not null && inventory is null)
            {
                issues.Add(new CbamIssue("cbam.inventory.missing", good.Id.ToString(), $"沒有 {year} 年的盤查，無法依比例歸屬直接排放。",
                    $"There is no {year} inventory to attribute direct emissions from."));
                continue;
            }

            var direct = good.DirectEmissionsT ?? good.DirectSharePct!.Value / 100m * inventory!.Direct(facility);
            var (indirectT, mwh) = good.IndirectSharePct is { } share && inventory is not null
                ? (share / 100m * inventory.Indirect(facility), share / 100m * inventory.ElectricityMwh(facility))
                : (0m, 0m);
            var process = new CbamProductionProcess(good.Id.ToString(), $"{good.CnCode} {installations[good.InstallationId].Name}", CnCode.Parse(good.CnCode), good.Route,
                Quantity<Mass>.From(good.ActivityLevelT, Units.Tonne),
                new CbamDirectEmissions(Co2e.FromTonnes(direct), Co2e.FromTonnes(good.HeatImportT), Co2e.FromTonnes(good.HeatExportT),
                    Co2e.FromTonnes(good.WasteGasImportT), Co2e.FromTonnes(good.WasteGasExportT), Co2e.FromTonnes(good.ElectricityProducedT)),
                mwh > 0m ? new CbamIndirectEmissions(Quantity<Energy>.From(mwh, Units.MegawattHour), indirectT / mwh, inventory!.FactorSource) : null)
            {
                Precursors = [.. precursors[good.Id].Select(Input)],
            };
            processes.Add(process);
        }

        var outcome = issues.Count > 0 || processes.Count == 0 ? null : CbamSeeCalculator.Calculate(new CoreInstallation("", year, processes));
        issues.AddRange(outcome?.Issues ?? []);
        var figures = goods.ToDictionary(g => g.Id, g => new GoodFigures(
            outcome is { Succeeded: true } ? outcome.For(g.Id.ToString()) : null,
            DefaultFor(g),
            [.. issues.Where(i => i.Subject.StartsWith(g.Id.ToString(), StringComparison.Ordinal))]));
        return new CbamYear(year, inventory, figures, issues);
    }

    /// <summary>The default value with the year's mark-up (the last schedule year's from then on), or null when the table has none.</summary>
    private static CbamDefaultForYear? DefaultFor(CbamGood good)
    {
        try
        {
            return CbamDefaultValues.Shipped.ForYear(CnCode.Parse(good.CnCode), Math.Max(good.Year, CbamSchedules.FirstYear));
        }
        catch (CbamException)
        {
            return null;
        }
    }

    private static CbamPrecursorInput Input(CbamPrecursor p) => new(p.Supplier is null ? $"CN {CnCode.Parse(p.CnCode)}" : $"CN {CnCode.Parse(p.CnCode)} {p.Supplier}", CnCode.Parse(p.CnCode), Quantity<Mass>.From(p.MassT, Units.Tonne), p.Source switch
    {
        PrecursorSources.Own => new CbamPrecursorSource.OwnProcess(p.OwnGoodId!.Value.ToString()),
        PrecursorSources.Supplier => new CbamPrecursorSource.Supplier(p.SeeDirect ?? 0m, p.SeeIndirect, p.Supplier ?? "", p.Evidence),
        PrecursorSources.Pact => new CbamPrecursorSource.Pact(p.SeeDirect ?? 0m, p.Evidence ?? p.Supplier ?? ""),
        _ => new CbamPrecursorSource.DefaultValue(),
    });

    /// <summary>The year's inventory emissions per facility: category 1 (direct), category 2 (imported energy) and its electricity.</summary>
    private async Task<InventoryBasis?> InventoryBasisAsync(int year, CancellationToken cancellationToken)
    {
        var db = cbam.Db;
        if (await db.InventoryYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year, cancellationToken) is not { } inventory)
        {
            return null;
        }

        var (sources, facilities, entries) = await ResultsCalculation.LoadAsync(inventory.Id, db, cancellationToken);
        var run = ResultsCalculation.Run(entries, sources, facilities, inventory.FactorSetId, inventory.GwpSetId, library);
        if (run.Result is not { } result)
        {
            return null;
        }

        var names = facilities.ToDictionary(f => f.Value, f => f.Key, StringComparer.Ordinal);
        var rows = result.Rows.Where(r => names.ContainsKey(r.Row.Facility)).ToList();
        return new InventoryBasis(inventory.Id, year, result.FactorSetId, result.FactorSetVersion, result.GwpSetId,
            rows.Where(r => r.Category == 1).GroupBy(r => names[r.Row.Facility]).ToDictionary(g => g.Key, g => g.Sum(r => r.Total.Tonnes)),
            rows.Where(r => r.Category == 2).GroupBy(r => names[r.Row.Facility]).ToDictionary(g => g.Key, g => g.Sum(r => r.Total.Tonnes)),
            rows.Where(r => r.Category == 2 && r.ConvertedUnit.Dimension == Dimension.Energy).GroupBy(r => names[r.Row.Facility])
                .ToDictionary(g => g.Key, g => g.Sum(r => r.ConvertedUnit.ConvertTo(r.ConvertedAmount, Units.MegawattHour))));
    }
}

/// <summary>One year's goods: each good's figures, and the issues that stop the calculation (none when it ran).</summary>
public sealed record CbamYear(int Year, InventoryBasis? Inventory, IReadOnlyDictionary<Guid, GoodFigures> Goods, IReadOnlyList<CbamIssue> Issues);

/// <summary>A good's SEE (null when it cannot be computed), its default value for the year and its own issues.</summary>
public sealed record GoodFigures(CbamSeeResult? See, CbamDefaultForYear? Default, IReadOnlyList<CbamIssue> Issues);

/// <summary>What the attribution was taken from: the inventory, its factor and GWP sets, and per facility its direct, indirect (t) and electricity (MWh).</summary>
public sealed record InventoryBasis(Guid InventoryYearId, int Year, string FactorSetId, string FactorSetVersion, string GwpSetId,
    IReadOnlyDictionary<Guid, decimal> DirectT, IReadOnlyDictionary<Guid, decimal> IndirectT, IReadOnlyDictionary<Guid, decimal> Mwh)
{
    public string FactorSource => $"{FactorSetId} {FactorSetVersion}";

    public decimal Direct(Guid facility) => DirectT.GetValueOrDefault(facility);

    public decimal Indirect(Guid facility) => IndirectT.GetValueOrDefault(facility);

    public decimal ElectricityMwh(Guid facility) => Mwh.GetValueOrDefault(facility);
}
