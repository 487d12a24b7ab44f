using Tanpan.Core.Inventory;
using Tanpan.Core.Products;
using Tanpan.Core.Units;

namespace Tanpan.Cli.Products;

/// <summary>
/// The JSON form of <c>product footprint</c>: per product kg CO₂e per declared unit (rounded to 6 decimals, half away from
/// zero), by stage and gas, and the allocation. <c>allocation.key</c> is the key of the shared part (or <c>direct</c> when
/// everything was assigned), <c>allocation.share</c> the product's production CO₂e ÷ the total of the facilities it drew on;
/// <c>allocation.details</c> lists every recorded allocation.
/// </summary>
internal sealed record FootprintOutput(string FactorSet, string Gwp, decimal InventoryTotalTCo2e, IReadOnlyList<FootprintOutput.ProductOutput> Products)
{
    private const int Decimals = 6;

    public static FootprintOutput From(InventoryResult inventory, IReadOnlyList<ProductFootprint> footprints) =>
        new(inventory.FactorSetId, inventory.GwpSetId, inventory.Total.Tonnes, [.. footprints.Select(f => Product(f, inventory))]);

    private static ProductOutput Product(ProductFootprint f, InventoryResult inventory)
    {
        var facilities = f.Allocations.Select(a => a.Facility).Distinct().ToHashSet();
        var drawn = inventory.ByFacility.Where(x => facilities.Contains(x.Key)).Sum(x => x.Value.Kilograms);
        var shared = f.Allocations.FirstOrDefault(a => a.Key != AllocationKey.Direct)?.Key ?? AllocationKey.Direct;
        return new ProductOutput(
            f.Product.Code,
            f.Product.Name,
            f.Product.DeclaredUnit.Key,
            f.Product.MassKgPerUnit,
            f.PeriodStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            f.PeriodEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            f.Output,
            f.Scrap,
            Kg(f.Total),
            Kg(f.CradleToGate),
            f.ByStage.OrderBy(s => s.Key).ToDictionary(s => LifeCycleStages.Key(s.Key), s => Kg(s.Value)),
            f.ByGas.OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Kg(g.Value)),
            Kg(f.Fossil),
            Kg(f.Biogenic),
            Rounding.Round(f.PrimaryDataShare, 2),
            f.Quality.InventoryGrade is { } g ? Rounding.Round(g, 2) : null,
            new AllocationOutput(Key(shared), drawn == 0 ? 0 : Rounding.Round(f.ProductionTotal.Kilograms / drawn, Decimals),
                [.. f.Allocations.Select(a => new AllocationDetail(a.Facility, Key(a.Key), a.KeyName, a.Numerator, a.Denominator,
                    Rounding.Round(a.Share, Decimals), Kg(a.Allocated), a.TookRemainder, a.Reason))]),
            [.. f.Bom.Select(b => new BomOutput(b.Line.Material, b.Line.QuantityPerUnit, b.Line.Unit.Key, Source(b.Line.Source), b.Reference,
                b.KgCo2ePerUnit, b.FactorUnit.Key, Kg(b.PerUnit)))]);
    }

    private static decimal Kg(Co2e value) => Rounding.Round(value.Kilograms, Decimals);

    private static string Key(AllocationKey key) => key switch
    {
        AllocationKey.Direct => "direct",
        AllocationKey.Mass => "mass",
        AllocationKey.OtherPhysical => "other_physical",
        _ => "economic",
    };

    private static string Source(BomSource source) => source switch
    {
        BomSource.SupplierPcf => "supplier",
        BomSource.SecondaryFactor => "secondary",
        _ => "product",
    };

    internal sealed record ProductOutput(
        string Code,
        string Name,
        string DeclaredUnit,
        decimal MassKgPerUnit,
        string ReferencePeriodStart,
        string ReferencePeriodEnd,
        decimal Output,
        decimal Scrap,
        decimal KgCo2ePerUnit,
        decimal CradleToGateKgCo2ePerUnit,
        IReadOnlyDictionary<string, decimal> ByStage,
        IReadOnlyDictionary<string, decimal> ByGas,
        decimal FossilKgCo2ePerUnit,
        decimal BiogenicKgCo2ePerUnit,
        decimal PrimaryDataSharePercent,
        decimal? InventoryQualityGrade,
        AllocationOutput Allocation,
        IReadOnlyList<BomOutput> Bom);

    internal sealed record AllocationOutput(string Key, decimal Share, IReadOnlyList<AllocationDetail> Details);

    internal sealed record AllocationDetail(string Facility, string Key, string KeyName, decimal Numerator, decimal Denominator, decimal Share,
        decimal AllocatedKgCo2e, bool TookRemainder, string Reason);

    internal sealed record BomOutput(string Material, decimal Quantity, string Unit, string Source, string Reference, decimal FactorKgCo2ePerUnit,
        string FactorUnit, decimal KgCo2ePerUnit);
}
