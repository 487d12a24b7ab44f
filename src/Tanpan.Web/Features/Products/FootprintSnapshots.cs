using Tanpan.Core.Inventory;
using Tanpan.Core.Products;
using Tanpan.Web.Features.Inventories;

namespace Tanpan.Web.Features.Products;

/// <summary>Core's <see cref="ProductFootprint"/> as the stored <see cref="FootprintSnapshot"/>, each inventory row traced to its activity entry.</summary>
internal static class FootprintSnapshots
{
    public static FootprintSnapshot Of(ProductFootprint f, int year, InventoryResult inventory, InventoryRecords records, DateTimeOffset at)
    {
        var p = f.Product;
        return new FootprintSnapshot(
            p.Code, p.Name, p.DeclaredUnit.Key, p.MassKgPerUnit, p.CnCode, p.CccCode, year, f.PeriodStart, f.PeriodEnd, f.Output,
            f.Total.Kilograms, f.CradleToGate.Kilograms,
            [.. LifeCycleStages.All.Where(s => f.ByStage.ContainsKey(s)).Select(s => new FootprintFigure(LifeCycleStages.Key(s), f.ByStage[s].Kilograms))],
            [.. f.ByGas.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new FootprintFigure(g.Key, g.Value.Kilograms))],
            f.Fossil.Kilograms, f.Biogenic.Kilograms, f.PrimaryDataShare, f.Quality.InventoryGrade,
            [.. f.Allocations.Select(a => Allocation(a, records))],
            [.. f.Bom.Select(b => new BomTrace(
                b.Line.Material, b.Line.QuantityPerUnit, b.Line.Unit.Key, Kind(b.Line.Source), b.Reference, b.Quantity, b.FactorUnit.Key, b.KgCo2ePerUnit,
                b.PerUnit.Kilograms, b.PrimaryDataShare, (b.Line.Source as BomSource.SecondaryFactor)?.Database, (b.Line.Source as BomSource.SecondaryFactor)?.Version))],
            inventory.FactorSetId, inventory.FactorSetVersion, inventory.GwpSetId, at)
        {
            Scrap = f.Scrap,
            SecondarySources = [.. f.SecondarySources.Select(x => new FootprintFigureSource(x.Name, x.Version))],
            StatedRatings = [f.Quality.Stated?.Technological, f.Quality.Stated?.Temporal, f.Quality.Stated?.Geographical],
        };
    }

    private static AllocationTrace Allocation(Allocation a, InventoryRecords records) => new(
        a.Facility, a.ProductCode, a.Key.ToString(), a.KeyName, a.Numerator, a.Denominator, a.Share, a.Pool.Kilograms, a.Allocated.Kilograms, a.Reason, a.TookRemainder,
        [.. a.RowTrace().Select(r => records.EntryAt(r.Line) is { } entry
            ? new RowShare(entry.Id, entry.EmissionSourceId, r.Facility, r.ProcessOrSource, r.MaterialKey, r.RowTotal.Kilograms, r.Allocated.Kilograms)
            : new RowShare(null, null, r.Facility, r.ProcessOrSource, r.MaterialKey, r.RowTotal.Kilograms, r.Allocated.Kilograms))]);

    private static string Kind(BomSource source) => source switch
    {
        BomSource.SupplierPcf => BomSourceKinds.Supplier,
        BomSource.SecondaryFactor => BomSourceKinds.Secondary,
        _ => BomSourceKinds.Product,
    };
}
