using System.Globalization;
using Tanpan.Core.Quality;
using Tanpan.Documents.Inventories;

namespace Tanpan.Documents.Report;

public static partial class InventoryReport
{
    private static void WriteQuality(Writer w)
    {
        var q = w.Doc.Quality;
        w.Chapter(5);
        w.Docx.Paragraph(w.L(
            $"依環境部清冊數據品質管理方式，各排放源以活動數據種類 (A1)、儀器校正 (A2) 及排放係數種類 (A3) 評分，評分 = A1 × A2 × A3，小於 10 為等級 1，10 至 18 為等級 2，19 至 27 為等級 3。以排放量加權之清冊等級總評分為 {q.WeightedGrade.ToString("0.00", w.Culture)}。",
            $"Following the MOENV register's data-quality method, each source is scored on activity-data type (A1), instrument calibration (A2) and factor type (A3); score = A1 × A2 × A3; below 10 is grade 1, 10 to 18 grade 2, 19 to 27 grade 3. The emission-weighted inventory grade is {q.WeightedGrade.ToString("0.00", w.Culture)}."));
        w.Docx.Table(
            [w.L("編號", "No."), w.L("排放源", "Source"), w.L("資訊取得方式", "Data source"), "A1", "A2", "A3", w.L("評分", "Score"), w.L("等級", "Grade")],
            q.Sources.Select((s, i) => (IReadOnlyList<string>)
            [
                InventoryDocument.SourceId(i), $"{s.Source} ({w.Material(s.MaterialKey, s.MaterialName)})", w.L(s.Method.NameZh, s.Method.NameEn),
                N(s.ActivityLevel), N(s.CalibrationLevel), N(s.FactorLevel), N(s.Score), N(s.Grade),
            ]));
        var estimates = q.Sources.Where(s => s.Method.IsMoneyEstimate).ToList();
        if (estimates.Count > 0)
        {
            w.Docx.Paragraph(w.L(
                $"以採購金額回推用量之排放源（{string.Join("、", estimates.Select(s => s.Source))}）為財務推估，數據品質等級較低，建議改以計量數據取得。",
                $"Sources whose amounts were estimated from money paid ({string.Join(", ", estimates.Select(s => s.Source))}) are financial estimates with a lower grade; metered data should replace them."));
        }

        w.Chapter(6);
        w.Docx.Paragraph(w.L(
            $"依 IPCC 2006 國家溫室氣體清冊指引第一冊第三章方法一（誤差傳遞），以 95 % 信賴區間分別計算上下限：排放源不確定性 = √(活動數據² + 排放係數²)，總不確定性 = √Σ(Uᵢ·Eᵢ)² / ΣE。總排放量之不確定性為 −{w.Percent(q.Uncertainty.Lower)} / +{w.Percent(q.Uncertainty.Upper)}。",
            $"By IPCC 2006 Guidelines Vol. 1 Ch. 3, Approach 1 (error propagation), lower and upper 95 % bounds separately: source U = √(activity² + factor²); total U = √Σ(Uᵢ·Eᵢ)² / ΣE. The total's uncertainty is −{w.Percent(q.Uncertainty.Lower)} / +{w.Percent(q.Uncertainty.Upper)}."));
        w.Docx.Table(
            [w.L("編號", "No."), w.L("排放量 (公噸CO2e)", "tCO2e"), w.L("活動數據", "Activity"), w.L("排放係數", "Factor"), w.L("排放源下限", "Lower"), w.L("排放源上限", "Upper")],
            [
                .. q.Sources.Select((s, i) => (IReadOnlyList<string>)
                [
                    InventoryDocument.SourceId(i), w.Tonnes(s.Total.Tonnes), Range(w, s.Activity), Range(w, s.FactorBounds),
                    "−" + w.Percent(s.Uncertainty.Lower), "+" + w.Percent(s.Uncertainty.Upper),
                ]),
                [w.L("合計", "Total"), w.Tonnes(q.Total.Tonnes), "", "", "−" + w.Percent(q.Uncertainty.Lower), "+" + w.Percent(q.Uncertainty.Upper)],
            ]);
    }

    private static void WritePolicies(Writer w)
    {
        var info = w.Doc.Info;
        var threshold = info.RecalculationThreshold.ToString("P0", w.Culture);
        w.Chapter(7);
        w.Docx.Paragraph(info.BaseYear is { } year
            ? w.L(FormattableString.Invariant($"基準年為 {year} 年。"), FormattableString.Invariant($"The base year is {year}."))
            : w.L("尚未設定基準年。", "No base year has been set yet."));
        w.Docx.Paragraph(w.L(
            $"當發生組織結構變化（併購、分割、委外或內部化）、計算方法或排放係數變更，致基準年排放量變動達 {threshold} 以上時，將重新計算基準年排放量。係數集更新不會改寫已完成之盤查；改用新係數集為明確之重新計算，並記錄差異。",
            $"The base-year emissions are recalculated when a structural change (merger, acquisition, divestment, outsourcing or insourcing) or a change of method or factors changes them by {threshold} or more. A new factor set never rewrites a finished inventory; moving to it is an explicit recalculation with its differences recorded."));
        if (info.StructuralChange is { BaseYear: int baseYear } st)
        {
            var share = (st.ChangedSharePercent / 100m).ToString("0.0%", w.Culture);
            var facilities = st.Facilities.Count == 0 ? w.L("無", "none") : string.Join(w.L("、", ", "), st.Facilities.Select(f =>
                w.L($"{f.Facility}（{(f.Change == "added" ? "新增" : "移除")} {w.Tonnes(f.Kilograms / 1000m)} 公噸，{(f.SharePercent / 100m).ToString("0.0%", w.Culture)}）",
                    $"{f.Facility} ({f.Change} {w.Tonnes(f.Kilograms / 1000m)} t, {(f.SharePercent / 100m).ToString("0.0%", w.Culture)})")));
            w.Docx.Paragraph(w.L(
                FormattableString.Invariant($"與基準年 {baseYear} 年相比，新增或移除的廠區：") + facilities + $"；合計占基準年排放量 {share}，"
                    + (st.RecalculationRequired ? $"超過 {threshold} 門檻，基準年應重新計算。" : $"未超過 {threshold} 門檻。"),
                FormattableString.Invariant($"Compared with the base year {baseYear}, facilities added or removed: ") + facilities + $"; together {share} of the base-year emissions, "
                    + (st.RecalculationRequired ? $"above the {threshold} threshold: the base year should be recalculated." : $"within the {threshold} threshold.")));
        }

        w.Chapter(8);
        w.Docx.Paragraph(info.Exclusions ?? Exclusions(w));
        w.Chapter(9);
        w.Docx.Paragraph(info.VerificationStatus);
    }

    /// <summary>Chapter 8 when the organisation wrote nothing: which of categories 3–6 are in and why, as sheet 2.1 says (<see cref="CategoryCoverage"/>).</summary>
    private static string Exclusions(Writer w)
    {
        var assessed = CategoryCoverage.Assessed(w.Doc);
        var indirect = Enumerable.Range(3, 4).ToLookup(c => CategoryCoverage.Status(c, assessed));
        string List(CategoryStatus status) => string.Join(w.L("、", ", "), indirect[status].Select(N));
        string Categories(CategoryStatus status) => (indirect[status].Count() == 1 ? "category " : "categories ") + List(status);
        var parts = new List<string>();
        if (indirect[CategoryStatus.Significant].Any())
        {
            parts.Add(w.L($"類別 {List(CategoryStatus.Significant)} 含重大排放源，已量化", $"{Categories(CategoryStatus.Significant)} {(indirect[CategoryStatus.Significant].Count() == 1 ? "has" : "have")} significant sources and {(indirect[CategoryStatus.Significant].Count() == 1 ? "is" : "are")} quantified"));
        }

        if (indirect[CategoryStatus.AssessedNotSignificant].Any())
        {
            parts.Add(w.L($"類別 {List(CategoryStatus.AssessedNotSignificant)} 之排放源經評估非屬重大，仍已量化並列於清冊", $"the sources of {Categories(CategoryStatus.AssessedNotSignificant)} were assessed as not significant and are still quantified and listed in the register"));
        }

        if (indirect[CategoryStatus.NoSources].Any())
        {
            parts.Add(w.L($"類別 {List(CategoryStatus.NoSources)} 未鑑別排放源，未納入量化", $"no source was identified in {Categories(CategoryStatus.NoSources)}, which {(indirect[CategoryStatus.NoSources].Count() == 1 ? "is" : "are")} not quantified"));
        }

        return w.L(
            "類別 1、2 全數量化。類別 3 至 6：" + string.Join("；", parts) + "（重大性依 R × C × P，見清冊 2.1-重大性準則）。排放量為零之排放源仍列於清冊中。",
            "Categories 1 and 2 are quantified in full. Of categories 3 to 6, " + string.Join("; ", parts) + " (significance by R × C × P, see the register's sheet 2.1). Sources with zero emissions are still listed in the register.");
    }

    private static string Range(Writer w, Bounds b) => $"−{w.Percent(b.Lower)} / +{w.Percent(b.Upper)}";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
