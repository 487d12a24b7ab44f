using Tanpan.Core.Quality;
using Tanpan.Documents.Inventories;
using static Tanpan.Documents.Register.RegisterLayout;

namespace Tanpan.Documents.Register;

/// <summary>4-數據品質管理 and 5-不確定性之評估: one row per source, in the same order, so 5 can refer to 4's tonnes.</summary>
internal static partial class RegisterSheets
{
    public static readonly double[] QualityWidths = [8, 14, 20, 14, 22, 10, 10, 24, 10, 8, 8, 16, 10];

    public static readonly double[] UncertaintyWidths = [8, 14, 20, 14, 16, 10, 10, 10, 10, 10, 10, 16, 16];

    /// <summary>No source's tonnes exceed the inventory's, nor its bounds the total's.</summary>
    public static IReadOnlyList<double> QualityWidthsFor(InventoryDocument doc) =>
        new ColumnFit(QualityWidths).Fit(QualityTonnesCol, doc.Quality.Total.Tonnes, RegisterStyles.Tonnes).Widths;

    public static IReadOnlyList<double> UncertaintyWidthsFor(InventoryDocument doc)
    {
        var total = doc.Quality.Total.Tonnes;
        var upper = doc.Quality.Sources.Select(s => (decimal)s.Uncertainty.Upper).DefaultIfEmpty(0m).Max();
        return new ColumnFit(UncertaintyWidths)
            .Fit(4, total, RegisterStyles.Tonnes)
            .Fit(11, total * Math.Max(upper, 1m), RegisterStyles.Tonnes)
            .Fit(12, total * Math.Max(upper, 1m), RegisterStyles.Tonnes).Widths;
    }

    public static void WriteQuality(SheetWriter w, InventoryDocument doc, RegisterLayout layout)
    {
        w.StartRow().Text("數據品質管理 Data quality", RegisterStyles.Title);
        w.StartRow().Text("評分 = A1 活動數據種類 × A2 儀器校正 × A3 係數種類 (1–27)；等級 1: <10, 2: 10–18, 3: 19–27；清冊等級 = Σ 等級 × 排放量 / Σ 排放量。");
        w.Headers("編號 Source", "廠區 Facility", "排放源 Source", "原燃物料 Material", "資訊取得方式 Data source", "A1 活動數據種類",
            "A2 儀器校正", "係數種類 Factor type", "A3 係數種類", "評分 Score", "等級 Grade", "排放量 (公噸CO2e)", "佔比 Share");
        var first = FirstDataRow;
        var last = layout.LastSourceRow;
        var tonnes = Invariant($"$L${first}:$L${last}");
        for (var i = 0; i < doc.Quality.Sources.Count; i++)
        {
            var s = doc.Quality.Sources[i];
            w.StartRow();
            var n = w.Row;
            w.Text(InventoryDocument.SourceId(i)).Text(s.Facility).Text(s.Source).Text(s.MaterialName).Text(s.Method.NameZh)
                .Number(s.ActivityLevel).Number(s.CalibrationLevel).Text(QualityGrading.FactorTypeZh(s.FactorLevel)).Number(s.FactorLevel)
                .Formula(Invariant($"F{n}*G{n}*I{n}"), s.Score)
                .Formula(Invariant($"IF(J{n}<10,1,IF(J{n}<19,2,3))"), s.Grade)
                .Formula(Invariant($"SUMIF({layout.Activity(SourceIdCol)},A{n},{layout.Activity(layout.TotalCol)})"), s.Total.Tonnes, RegisterStyles.Tonnes)
                .Formula(Invariant($"IF(SUM({tonnes})=0,0,L{n}/SUM({tonnes}))"), Share(s.Total.Tonnes, doc.Quality.Total.Tonnes), RegisterStyles.Percent);
        }

        w.StartRow().Text("清冊等級總評分 Inventory grade").Skip(9)
            .Formula(Invariant($"IF(SUM({tonnes})=0,0,SUMPRODUCT($K${first}:$K${last},{tonnes})/SUM({tonnes}))"), doc.Quality.WeightedGrade, RegisterStyles.Amount)
            .Formula(Invariant($"SUM({tonnes})"), doc.Quality.Total.Tonnes, RegisterStyles.Tonnes);
    }

    /// <summary>Row of the inventory grade in 4-數據品質管理.</summary>
    public static int QualityTotalRow(RegisterLayout layout) => layout.LastSourceRow + 1;

    public static void WriteUncertainty(SheetWriter w, InventoryDocument doc, RegisterLayout layout)
    {
        w.StartRow().Text("不確定性之評估 Uncertainty (95 %)", RegisterStyles.Title);
        w.StartRow().Text("IPCC 2006 Vol.1 Ch.3 方法一：排放源 U = √(U活動² + U係數²)，上下限分開；總不確定性 = √Σ(Uᵢ·Eᵢ)² / ΣE。係數欄為各氣體依排放當量合成。");
        w.Headers("編號 Source", "廠區 Facility", "排放源 Source", "原燃物料 Material", "排放量 (公噸CO2e)", "活動數據下限", "活動數據上限",
            "係數下限", "係數上限", "排放源下限", "排放源上限", "下限 (公噸CO2e)", "上限 (公噸CO2e)");
        var first = FirstDataRow;
        var last = layout.LastSourceRow;
        for (var i = 0; i < doc.Quality.Sources.Count; i++)
        {
            var s = doc.Quality.Sources[i];
            w.StartRow();
            var n = w.Row;
            var e = (double)s.Total.Tonnes;
            w.Text(InventoryDocument.SourceId(i)).Text(s.Facility).Text(s.Source).Text(s.MaterialName)
                .Formula(CellRefs.On(Quality, QualityTonnesCol, FirstDataRow + i), s.Total.Tonnes, RegisterStyles.Tonnes)
                .Number(s.Activity.Lower, RegisterStyles.Percent).Number(s.Activity.Upper, RegisterStyles.Percent)
                .Number(s.FactorBounds.Lower, RegisterStyles.Percent).Number(s.FactorBounds.Upper, RegisterStyles.Percent)
                .Formula(Invariant($"SQRT(F{n}^2+H{n}^2)"), s.Uncertainty.Lower, RegisterStyles.Percent)
                .Formula(Invariant($"SQRT(G{n}^2+I{n}^2)"), s.Uncertainty.Upper, RegisterStyles.Percent)
                .Formula(Invariant($"E{n}*J{n}"), e * s.Uncertainty.Lower, RegisterStyles.Tonnes)
                .Formula(Invariant($"E{n}*K{n}"), e * s.Uncertainty.Upper, RegisterStyles.Tonnes);
        }

        var total = (double)doc.Quality.Total.Tonnes;
        w.StartRow();
        var t = w.Row;
        w.Text("總不確定性 Inventory").Skip(3)
            .Formula(Invariant($"SUM(E{first}:E{last})"), doc.Quality.Total.Tonnes, RegisterStyles.Tonnes)
            .Skip(4)
            .Formula(Invariant($"IF(E{t}=0,0,SQRT(SUMSQ(L{first}:L{last}))/E{t})"), doc.Quality.Uncertainty.Lower, RegisterStyles.Percent)
            .Formula(Invariant($"IF(E{t}=0,0,SQRT(SUMSQ(M{first}:M{last}))/E{t})"), doc.Quality.Uncertainty.Upper, RegisterStyles.Percent)
            .Formula(Invariant($"E{t}*J{t}"), total * doc.Quality.Uncertainty.Lower, RegisterStyles.Tonnes)
            .Formula(Invariant($"E{t}*K{t}"), total * doc.Quality.Uncertainty.Upper, RegisterStyles.Tonnes);
    }

    /// <summary>Row of the inventory's uncertainty in 5-不確定性之評估.</summary>
    public static int UncertaintyTotalRow(RegisterLayout layout) => layout.LastSourceRow + 1;
}
