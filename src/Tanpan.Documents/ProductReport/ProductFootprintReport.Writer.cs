using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Products;
using Tanpan.Documents.Report;

namespace Tanpan.Documents.ProductReport;

public static partial class ProductFootprintReport
{
    /// <summary>The state of one report being written: the builder, the footprint, the language and its number format.</summary>
    private sealed class Writer(DocxBuilder docx, ProductFootprint footprint, ProductDocumentInfo info, bool english, IReadOnlyList<string> chapters)
    {
        public DocxBuilder Docx { get; } = docx;

        public ProductFootprint F { get; } = footprint;

        public ProductDocumentInfo Info { get; } = info;

        public bool English { get; } = english;

        public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(english ? "en-US" : "zh-TW");

        public string L(string zh, string en) => English ? en : zh;

        public void Chapter(int index) => Docx.Heading(1, chapters[index]);

        /// <summary>kg CO₂e (per unit or in total) with three decimals, as the CLI text shows them.</summary>
        public string Kg(decimal kilograms) => kilograms.ToString("N3", Culture);

        public string Tonnes(decimal tonnes) => tonnes.ToString("N3", Culture);

        /// <summary>A plain number as the user gave it (quantities, key values): grouped, up to 6 decimals, never rounded to less.</summary>
        public string Number(decimal value) => value.ToString("#,##0.######", Culture);

        public string Percent(decimal fraction) => fraction.ToString("P2", Culture);

        public string Unit(DeclaredUnit unit) => English ? unit.NameEn : unit.NameZh;

        /// <summary>An amount with its unit: "20,000 公噸" or "20,000 t" (the unit's key, which needs no plural).</summary>
        public string Amount(decimal value, DeclaredUnit unit) => $"{Number(value)} {(English ? unit.Key : unit.NameZh)}";

        public string Stage(LifeCycleStage stage) => English ? LifeCycleStages.NameEn(stage) : LifeCycleStages.NameZh(stage);

        /// <summary>The reference period with its last day (the footprint's end is exclusive, as PACT's referencePeriodEnd).</summary>
        public string Period => L(
            FormattableString.Invariant($"{F.PeriodStart:yyyy-MM-dd} 至 {F.PeriodEnd.AddDays(-1):yyyy-MM-dd}"),
            FormattableString.Invariant($"{F.PeriodStart:yyyy-MM-dd} to {F.PeriodEnd.AddDays(-1):yyyy-MM-dd}"));

        public string Key(AllocationKey key) => key switch
        {
            AllocationKey.Direct => L("直接指定", "direct assignment"),
            AllocationKey.Mass => L("質量", "mass"),
            AllocationKey.OtherPhysical => L("其他物理量", "other physical"),
            _ => L("經濟價值（營收）", "economic (revenue)"),
        };

        /// <summary>The unit of a key's numerator and denominator (<see cref="Allocation.KeyName"/>) in the report's language.</summary>
        public string KeyUnit(string keyName) => keyName switch
        {
            "kg" => L("公斤", "kg"),
            "NTD" => L("新臺幣元", "NT$"),
            "kg CO2e" => L("公斤CO2e", "kg CO2e"),
            _ => keyName,
        };

        /// <summary>
        /// The allocation's reason in the report's language: Core writes it as "中文 / English (ISO 14044 4.3.4.2 step n)";
        /// the Chinese half gets the step cited the same way.
        /// </summary>
        public string Reason(Allocation a)
        {
            var slash = a.Reason.IndexOf(" / ", StringComparison.Ordinal) is var i and >= 0 ? i : a.Reason.IndexOf("/ ", StringComparison.Ordinal);
            if (slash < 0)
            {
                return a.Reason;
            }

            var zh = a.Reason[..slash].Trim();
            var en = a.Reason[(a.Reason.IndexOf('/', slash) + 1)..].Trim();
            return English ? en : $"{zh}（ISO 14044 4.3.4.2 第 {Step(a.Key)} 步）";
        }

        public string SourceKind(BomSource source) => source switch
        {
            BomSource.SupplierPcf => L("供應商碳足跡", "supplier PCF"),
            BomSource.SecondaryFactor => L("次級資料庫", "secondary database"),
            _ => L("自製產品", "own product"),
        };

        public string Gas(string species) => species switch
        {
            ProductFootprint.UnsplitGas => L("CO2e（未分氣體）", "CO2e (not split by gas)"),
            "CH4_non_fossil" => L("CH4（非化石）", "CH4 (non-fossil)"),
            _ => species,
        };

        public string Material(string key) =>
            FactorLibrary.Shipped.Materials.FindByKey(key) is { } m ? L(m.NameZh, m.NameEn) : key;

        public string YesNo(bool value) => value ? L("是", "yes") : L("否", "no");

        private static int Step(AllocationKey key) => key switch
        {
            AllocationKey.Direct => 1,
            AllocationKey.Mass or AllocationKey.OtherPhysical => 2,
            _ => 3,
        };
    }
}
