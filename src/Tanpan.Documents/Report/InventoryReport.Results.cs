using System.Globalization;
using Tanpan.Core.Gases;
using Tanpan.Core.Sources;
using Tanpan.Documents.Inventories;

namespace Tanpan.Documents.Report;

public static partial class InventoryReport
{
    /// <summary>How many sources the hotspot chart shows; the rest are summed in the text.</summary>
    public const int ChartSources = 10;

    private static void WriteResults(Writer w)
    {
        var doc = w.Doc;
        var r = doc.Result;
        w.Chapter(4);
        w.Docx.Paragraph(w.L(
            $"{doc.Info.Year} 年總排放量為 {w.Tonnes(r.Total.Tonnes)} 公噸CO2e；類別 1 為 {w.Tonnes(r.ByCategory[1].Tonnes)} 公噸CO2e，類別 2 為 {w.Tonnes(r.ByCategory[2].Tonnes)} 公噸CO2e。",
            $"Total emissions in {doc.Info.Year}: {w.Tonnes(r.Total.Tonnes)} tCO2e; category 1 {w.Tonnes(r.ByCategory[1].Tonnes)} tCO2e, category 2 {w.Tonnes(r.ByCategory[2].Tonnes)} tCO2e."));

        w.Docx.Heading(2, w.L("5.1 依溫室氣體", "5.1 By greenhouse gas"));
        w.Docx.Table([w.L("溫室氣體", "Gas"), w.L("排放量 (公噸CO2e)", "tCO2e"), w.L("佔比", "Share")],
            [
                .. Enum.GetValues<GasGroup>().Select(g => (IReadOnlyList<string>)[g.ToString(), w.Tonnes(r.ByGas[g].Tonnes), w.Percent(Share(r.ByGas[g].Tonnes, r.Total.Tonnes))]),
                [w.L("合計", "Total"), w.Tonnes(r.Total.Tonnes), w.Percent(r.Total.Kilograms == 0 ? 0m : 1m)],
            ]);

        w.Docx.Heading(2, w.L("5.2 依類別", "5.2 By category"));
        w.Docx.Table([w.L("類別", "Category"), w.L("名稱", "Name"), w.L("範疇", "Scope"), w.L("排放量 (公噸CO2e)", "tCO2e"), w.L("佔比", "Share")],
            r.ByCategory.OrderBy(c => c.Key).Select(c => (IReadOnlyList<string>)
            [
                c.Key.ToString(CultureInfo.InvariantCulture), w.Category(c.Key), IsoCategories.Scope(c.Key).ToString(CultureInfo.InvariantCulture),
                w.Tonnes(c.Value.Tonnes), w.Percent(Share(c.Value.Tonnes, r.Total.Tonnes)),
            ]));
        var byType = r.Rows.GroupBy(x => x.Row.SourceType).OrderBy(g => g.Key);
        w.Docx.Table([w.L("排放型式", "Emission type"), w.L("類別", "Category"), w.L("排放量 (公噸CO2e)", "tCO2e")],
            byType.Select(g => (IReadOnlyList<string>)
            [
                w.Type(g.Key), SourceTypes.Category(g.Key).ToString(CultureInfo.InvariantCulture), w.Tonnes(g.Sum(x => x.Total.Tonnes)),
            ]));

        w.Docx.Heading(2, w.L("5.3 依廠區", "5.3 By facility"));
        w.Docx.Table([w.L("廠區", "Facility"), w.L("排放量 (公噸CO2e)", "tCO2e"), w.L("佔比", "Share")],
            r.ByFacility.Select(f => (IReadOnlyList<string>)[f.Key, w.Tonnes(f.Value.Tonnes), w.Percent(Share(f.Value.Tonnes, r.Total.Tonnes))]));

        w.Docx.Heading(2, w.L("5.4 主要排放源", "5.4 Main sources (hotspots)"));
        var top = doc.Quality.Sources.Take(ChartSources).ToList();
        var bars = top.Select((s, i) => (InventoryDocument.SourceId(i), s.Total.Tonnes, Share(s.Total.Tonnes, r.Total.Tonnes))).ToList();
        var png = HotspotChart.Render(bars, w.Culture);
        w.Docx.Image(png, HotspotChart.Width, HotspotChart.HeightFor(bars.Count), w.L("主要排放源長條圖", "Bar chart of the largest sources"));
        w.Docx.Caption(w.L($"圖 1 前 {top.Count} 大排放源（公噸CO2e），編號對照下表。", $"Figure 1. The {top.Count} largest sources (tCO2e); numbers as in the table below."));
        w.Docx.Table([w.L("編號", "No."), w.L("廠區", "Facility"), w.L("排放源", "Source"), w.L("原燃物料", "Material"), w.L("排放量 (公噸CO2e)", "tCO2e"), w.L("佔比", "Share")],
            top.Select((s, i) => (IReadOnlyList<string>)
            [
                InventoryDocument.SourceId(i), s.Facility, s.Source, w.Material(s.MaterialKey, s.MaterialName), w.Tonnes(s.Total.Tonnes), w.Percent(Share(s.Total.Tonnes, r.Total.Tonnes)),
            ]));
        var rest = doc.Quality.Sources.Skip(ChartSources).ToList();
        if (rest.Count > 0)
        {
            var tonnes = rest.Sum(s => s.Total.Tonnes);
            w.Docx.Paragraph(w.L($"其餘 {rest.Count} 個排放源合計 {w.Tonnes(tonnes)} 公噸CO2e。", $"The other {rest.Count} sources total {w.Tonnes(tonnes)} tCO2e."));
        }
    }

    private static decimal Share(decimal part, decimal total) => total == 0 ? 0 : part / total;
}
