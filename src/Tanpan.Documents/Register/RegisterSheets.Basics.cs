using System.Globalization;
using Tanpan.Core.Quality;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;
using Tanpan.Documents.Inventories;
using static Tanpan.Documents.Register.RegisterLayout;

namespace Tanpan.Documents.Register;

/// <summary>1-基本資料, 2-定性盤查 and 2.1-重大性準則.</summary>
internal static partial class RegisterSheets
{
    public static readonly double[] BasicsWidths = [28, 70];

    public static readonly double[] QualitativeWidths = [8, 14, 20, 14, 14, 10, 10, 8, 26, 40, 22];

    public static readonly double[] MaterialityWidths = [8, 14, 20, 14, 16, 12, 12, 10, 10, 10, 10, 12, 44, 20];

    public static void WriteBasics(SheetWriter w, InventoryDocument doc)
    {
        var info = doc.Info;
        w.StartRow().Text("溫室氣體排放量清冊 GHG inventory register", RegisterStyles.Title);
        w.StartRow().Text("由 Tanpan 碳盤依活動數據計算產出 / produced by Tanpan from activity data");
        w.Headers("項目 Item", "內容 Value");
        void Line(string label, string? value)
        {
            w.StartRow().Text(label).Text(value ?? "—");
        }

        Line("機構名稱 Organisation", info.OrganisationName);
        Line("統一編號 Tax id", info.TaxId);
        Line("地址 Address", info.Address);
        Line("聯絡人 Contact", info.Contact);
        Line("盤查年度 Reporting year", info.Year.ToString(CultureInfo.InvariantCulture));
        Line("盤查期間 Period", FormattableString.Invariant($"{info.Year}-01-01 ~ {info.Year}-12-31"));
        Line("邊界設定 Consolidation", info.Boundary);
        Line("廠區 Facilities", string.Join("、", doc.Result.ByFacility.Select(f => f.Key)));
        Line("基準年 Base year", info.BaseYear?.ToString(CultureInfo.InvariantCulture));
        Line("排放係數 Factor set", doc.FactorSet.TitleZh);
        Line("係數來源 Factor source", FactorCitation.SetSource(doc.FactorSet, english: false));
        Line("全球暖化潛勢 GWP", $"{doc.Gwp.Id} ({doc.Gwp.Title})");
        Line("查證狀態 Verification", info.VerificationStatus);
        Line("產出時間 Generated", info.GeneratedAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        Line("活動數據筆數 Activity rows", doc.Result.RowCount.ToString(CultureInfo.InvariantCulture));
    }

    public static void WriteQualitative(SheetWriter w, InventoryDocument doc)
    {
        w.StartRow().Text("定性盤查 Identification of emission sources", RegisterStyles.Title);
        w.StartRow().Text("排放型式：E 固定燃燒、T 移動燃燒、P 製程、F 逸散；類別依 ISO 14064-1:2018。");
        w.Headers("編號 Source", "廠區 Facility", "排放源 Source", "原燃物料 Material", "排放型式 Type", "代碼 Code", "類別 Category",
            "範疇 Scope", "溫室氣體 Gases", "係數 Factor", "資訊取得方式 Data source");
        var rowsBySource = doc.Result.Rows.ToLookup(r => doc.SourceOfLine[r.Row.Line]);
        for (var i = 0; i < doc.Quality.Sources.Count; i++)
        {
            var s = doc.Quality.Sources[i];
            var category = SourceTypes.Category(s.SourceType);
            var gases = rowsBySource[i].SelectMany(r => r.Gases.Select(g => g.Species)).Distinct(StringComparer.Ordinal);
            w.StartRow()
                .Text(InventoryDocument.SourceId(i))
                .Text(s.Facility)
                .Text(s.Source)
                .Text(s.MaterialName)
                .Text(SourceTypes.NameZh(s.SourceType))
                .Text(TypeCode(s.SourceType))
                .Number(category)
                .Number(IsoCategories.Scope(category))
                .Text(string.Join("、", gases))
                .Text(FactorCitation.Source(s.Factor, english: false))
                .Text(s.Method.NameZh);
        }
    }

    public static void WriteMateriality(SheetWriter w, InventoryDocument doc)
    {
        var assessed = CategoryCoverage.Assessed(doc);
        w.StartRow().Text("重大性準則 Significance of categories and sources", RegisterStyles.Title);
        w.StartRow().Text("類別 1、2 全數量化；類別 3–6 之排放源於 S = R×C×P ≥ 10 或法規、客戶要求時為重大。組織未評分之 R、C、P 自動評分：R 依佔總排放量比例，C 依類別，P 依數據品質 A1×A2。 " +
            "Categories 1–2 are quantified in full; a category 3–6 source is significant at S = R×C×P ≥ 10 or when required. R, C, P the organisation did not score are derived: R from the share of the total, C from the category, P from data quality A1×A2.");
        w.Headers("類別 Category", "名稱 Name", "", "", "納入 Included", "說明 Note");
        for (var c = IsoCategories.First; c <= IsoCategories.Last; c++)
        {
            var status = CategoryCoverage.Status(c, assessed);
            w.StartRow().Number(c).Text(IsoCategories.NameZh(c)).Skip(2)
                .Text(status is CategoryStatus.Mandatory or CategoryStatus.Significant ? "是 yes" : "否 no")
                .Text(status switch
                {
                    CategoryStatus.Mandatory => "直接排放及輸入能源間接排放，必須量化 / mandatory",
                    CategoryStatus.Significant => "含重大排放源，見下表 / has significant sources, below",
                    CategoryStatus.AssessedNotSignificant => "已評估，無重大排放源；其排放源仍量化，見下表 / assessed, no significant source; its sources are still quantified, below",
                    _ => "未鑑別排放源，未量化 / no source identified, not quantified",
                });
        }

        w.SkipRows(1);
        // R, C, P mean what they mean on the source form (SignificanceRule): one definition everywhere.
        w.Headers("編號 Source", "廠區 Facility", "排放源 Source", "原燃物料 Material", "排放量 (公噸CO2e)", "佔比 Share", "累積佔比 Cumulative",
            "R 排放量 Size", "C 控制程度 Control", "P 數據取得 Data", "S = R×C×P", "法規或客戶要求 Required", "重大 Significant", "評分方式 Scored by");
        var first = w.Row + 1;
        var total = doc.Quality.Total.Tonnes;
        var cumulative = 0m;
        var totalRange = FormattableString.Invariant($"$E${first}:$E${first + doc.Quality.Sources.Count - 1}");
        for (var i = 0; i < doc.Quality.Sources.Count; i++)
        {
            var s = doc.Quality.Sources[i];
            var sig = assessed[i];
            cumulative += s.Total.Tonnes;
            w.StartRow().Text(InventoryDocument.SourceId(i)).Text(s.Facility).Text(s.Source).Text(s.MaterialName)
                .Formula(RegisterLayout.SourceTonnes(i), s.Total.Tonnes, RegisterStyles.Tonnes)
                .Formula(FormattableString.Invariant($"IF(SUM({totalRange})=0,0,E{w.Row}/SUM({totalRange}))"), Share(s.Total.Tonnes, total), RegisterStyles.Percent)
                .Formula(FormattableString.Invariant($"IF(SUM({totalRange})=0,0,SUM($E${first}:E{w.Row})/SUM({totalRange}))"), Share(cumulative, total), RegisterStyles.Percent)
                .Number(sig.Scores.R).Number(sig.Scores.C).Number(sig.Scores.P).Number(sig.Score)
                .Text(sig.RequiredByLawOrCustomer ? "是 yes" : "否 no");
            var (zh, en) = SignificanceRule.Reason(sig.Category, sig.Score, sig.RequiredByLawOrCustomer);
            w.Text($"{(sig.IsSignificant ? "是" : "否")}（{zh}） {(sig.IsSignificant ? "yes" : "no")} ({en})");
            var (basisZh, basisEn) = sig.Scores.Basis();
            w.Text($"{basisZh} {basisEn}");
        }
    }

    /// <summary>A source the caller gave no significance for (every source, from the CLI): its derived scores from this document's figures.</summary>
    private static decimal Share(decimal part, decimal total) => total == 0 ? 0 : part / total;

    private static string TypeCode(SourceType type) => type switch
    {
        SourceType.Stationary => "E",
        SourceType.Mobile => "T",
        SourceType.Process => "P",
        SourceType.Fugitive => "F",
        _ => "—",
    };
}
