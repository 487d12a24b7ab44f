using Tanpan.Cli.Output;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Sources;

namespace Tanpan.Cli.Inventories;

/// <summary>The readable summary of <c>inventory calc</c>: total, by scope, category, gas, facility, and the top sources.</summary>
internal static class SummaryWriter
{
    public static void Write(TextWriter o, string path, string format, InventoryResult r, FactorSet set)
    {
        o.WriteLine("Tanpan 碳盤 — 溫室氣體盤查結果 / GHG inventory");
        o.WriteLine($"檔案 File        {path} ({format}, {r.RowCount} rows)");
        o.WriteLine($"係數集 Factors    {set.Id} ({set.Info.TitleZh}); 電力 grid: 能源署 by year");
        o.WriteLine($"GWP              {r.GwpSetId}");
        o.WriteLine($"總排放量 Total    {Numbers.Tonnes(r.Total)} tCO2e");
        o.WriteLine();
        o.WriteLine("範疇 Scope");
        foreach (var (scope, value) in r.ByScope)
        {
            o.WriteLine($"  {scope}  {Numbers.Tonnes(value),18} t  {Numbers.Percent(value, r.Total),5} %");
        }

        o.WriteLine("類別 Category (ISO 14064-1)");
        foreach (var (category, value) in r.ByCategory)
        {
            o.WriteLine($"  {category}  {Numbers.Tonnes(value),18} t  {Numbers.Percent(value, r.Total),5} %  {IsoCategories.NameZh(category)}");
        }

        o.WriteLine("氣體 Gas (tCO2e)");
        foreach (var (gas, value) in r.ByGas.Where(g => g.Value.Kilograms != 0))
        {
            o.WriteLine($"  {gas,-5} {Numbers.Tonnes(value),16} t  {Numbers.Percent(value, r.Total),5} %");
        }

        o.WriteLine("廠區 Facility");
        foreach (var (facility, value) in r.ByFacility)
        {
            o.WriteLine($"  {Numbers.Tonnes(value),18} t  {Numbers.Percent(value, r.Total),5} %  {facility}");
        }

        o.WriteLine("主要排放源 Top sources");
        var rank = 0;
        foreach (var s in r.TopSources)
        {
            var name = string.Join(" / ", new[] { s.Facility, s.Source, s.MaterialName }.Where(x => x.Length > 0));
            o.WriteLine($"  {++rank,2}. {Numbers.Tonnes(s.Total),16} t  {Numbers.Percent(s.Total, r.Total),5} %  {name} ({SourceTypes.NameZh(s.SourceType)})");
        }
    }
}
