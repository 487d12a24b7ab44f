using System.Globalization;
using Tanpan.Cli.Inventories;
using Tanpan.Cli.Output;
using Tanpan.Core.Products;
using Tanpan.Core.Units;

namespace Tanpan.Cli.Products;

/// <summary>The readable answer of <c>product footprint</c>: per product kg CO₂e per declared unit, by stage and gas, and its allocations.</summary>
internal static class FootprintWriter
{
    public static void Write(TextWriter o, InventoryInput input, IReadOnlyList<ProductFootprint> footprints)
    {
        var r = input.Result;
        o.WriteLine("Tanpan 碳盤 — 產品碳足跡 / product carbon footprints (ISO 14067, cradle-to-gate)");
        o.WriteLine($"盤查 Inventory    {input.Path} ({r.RowCount} rows, {input.Set.Id}, {r.GwpSetId}), {Numbers.Tonnes(r.Total)} tCO2e");
        foreach (var f in footprints)
        {
            var unit = f.Product.DeclaredUnit;
            o.WriteLine();
            o.WriteLine($"{f.Product.Code}  {f.Product.Name}  每 {unit.NameZh} per {unit.Key}: {Kg(f.Total)} kgCO2e");
            o.WriteLine($"  期間 Period      {f.PeriodStart:yyyy-MM-dd} – {f.PeriodEnd:yyyy-MM-dd} (end exclusive); 產量 output {f.Output.ToString("#,##0.###", CultureInfo.InvariantCulture)} {unit.Key}"
                + (f.Scrap > 0 ? $"; 報廢 scrap {f.Scrap.ToString("#,##0.###", CultureInfo.InvariantCulture)} {unit.Key} (未分配 not allocated)" : ""));
            foreach (var (stage, value) in f.ByStage.OrderBy(s => s.Key))
            {
                o.WriteLine($"  {LifeCycleStages.NameZh(stage)} {LifeCycleStages.NameEn(stage),-26} {Kg(value),16}");
            }

            o.WriteLine($"  氣體 Gas          {string.Join(", ", f.ByGas.Where(g => g.Value.Kilograms != 0).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {Kg(g.Value)}"))}");
            o.WriteLine($"  化石 Fossil {Kg(f.Fossil)}; 生質 Biogenic {Kg(f.Biogenic)}; 一級數據 primary data {Rounding.Round(f.PrimaryDataShare, 1).ToString("0.0", CultureInfo.InvariantCulture)} %");
            foreach (var a in f.Allocations)
            {
                var share = a.Key == AllocationKey.Direct ? "direct" : $"{a.Numerator.ToString("#,##0.###", CultureInfo.InvariantCulture)} / {a.Denominator.ToString("#,##0.###", CultureInfo.InvariantCulture)} {a.KeyName}";
                o.WriteLine($"  分配 Allocation   {a.Facility}: {share} → {Numbers.Tonnes(a.Allocated)} tCO2e{(a.TookRemainder ? " (+ remainder)" : "")}");
            }

            foreach (var b in f.Bom)
            {
                o.WriteLine($"  物料 BOM          {b.Line.Material} {b.Quantity.ToString("#,##0.######", CultureInfo.InvariantCulture)} {b.FactorUnit.Key} × {Kg(Co2e.FromKilograms(b.KgCo2ePerUnit))} = {Kg(b.PerUnit)} ({b.Reference})");
            }
        }
    }

    private static string Kg(Co2e value) => Rounding.Round(value.Kilograms, 3).ToString("#,##0.000", CultureInfo.InvariantCulture);
}
