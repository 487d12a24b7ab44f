using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Documents.Inventories;

namespace Tanpan.Bench.Exports;

/// <summary>
/// Deterministic inventories for the benchmark: <c>rows</c> activity rows (System.Random(42)) spread over
/// 100 facilities × 10 sources (natural gas, diesel, gasoline, fuel oil, LPG, electricity, R-134a), one row
/// per bill, with the data-source methods of seed 001.
/// </summary>
internal static class Inventories
{
    private static readonly (string Type, string Material, string Unit, double Max)[] Kinds =
    [
        ("固定燃燒", "天然氣", "立方公尺", 50_000), ("固定燃燒", "柴油", "公升", 2_000), ("移動燃燒", "柴油", "公升", 1_000),
        ("移動燃燒", "車用汽油", "公升", 800), ("固定燃燒", "燃料油", "公秉", 20), ("固定燃燒", "液化石油氣", "公升", 500),
        ("外購電力", "外購電力", "度", 400_000), ("逸散", "R-134a", "公斤", 5), ("外購電力", "外購電力", "度", 90_000), ("固定燃燒", "天然氣", "立方公尺", 3_000),
    ];

    private static readonly string[] Methods = ["財務單據(繳費單)", "操作報表紀錄", "維護運轉推估", "加油卡/車隊卡", "採購金額回推用量", ""];

    public static InventoryDocument Document(int rows)
    {
        var random = new Random(42);
        var records = new List<RawActivityRecord>(rows);
        for (var i = 0; i < rows; i++)
        {
            var facility = i % 100;
            var source = (i / 100) % Kinds.Length;
            var kind = Kinds[source];
            var cells = new string?[RawActivityRecord.ColumnCount];
            cells[(int)ActivityColumn.Facility] = $"F{facility:000}";
            cells[(int)ActivityColumn.SourceType] = kind.Type;
            cells[(int)ActivityColumn.Material] = kind.Material;
            cells[(int)ActivityColumn.Activity] = Math.Round(random.NextDouble() * kind.Max, 2).ToString(CultureInfo.InvariantCulture);
            cells[(int)ActivityColumn.Unit] = kind.Unit;
            cells[(int)ActivityColumn.Year] = "2021";
            cells[(int)ActivityColumn.Month] = ((i % 12) + 1).ToString(CultureInfo.InvariantCulture);
            cells[(int)ActivityColumn.Source] = $"排放源{source:00}";
            cells[(int)ActivityColumn.DataSource] = Methods[source % Methods.Length];
            records.Add(new RawActivityRecord(i + 2, cells));
        }

        var outcome = InventoryCalculation.Run(records, new InventoryOptions());
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", outcome.Issues.Take(5).Select(x => $"{x.Line} {x.Column} {x.MessageEn}")));
        }

        var info = new InventoryDocumentInfo("Bench 股份有限公司", 2021, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return InventoryDocument.Create(outcome.Result!, FactorLibrary.Shipped, info);
    }
}
