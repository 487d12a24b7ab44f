using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Text;

namespace Tanpan.Core.CarbonFee;

/// <summary>
/// A payer's plants as CSV (UTF-8, header row): <c>plant,emissions_t</c> required; optional <c>rate</c> (general|A|B, default
/// general), <c>high_leakage</c> (true|false, default false), <c>offsets_t</c> (domestic, already counted) and credits as issued
/// by kind: <c>voluntary_t</c>, <c>offset_t</c>, <c>early_action_t</c>, <c>foreign_t</c> (碳費收費辦法 §9, §10); credits used for an
/// emissions-increase offset by kind (§7): <c>increase_voluntary_t</c>, <c>increase_offset_t</c>, <c>increase_early_action_t</c>; a power
/// producer's electricity supplied (§8): <c>supplied_kwh</c> with <c>supplied_kg_per_kwh</c>. Numbers are invariant, without
/// thousands separators. Every problem is reported with its line; nothing is returned when there is one.
/// </summary>
public static class PlantGroupCsv
{
    private static readonly string[] Required = ["plant", "emissions_t"];

    public static (IReadOnlyList<PlantFeeInput> Plants, IReadOnlyList<Problem> Problems) Parse(string csv)
    {
        var t = ReferenceCsv.Parse("plants", csv ?? string.Empty);
        var problems = Required.Where(c => !t.Has(c)).Select(c => new Problem(c, $"缺少欄位 {c}", $"missing column {c}")).ToList();
        if (problems.Count > 0)
        {
            return ([], problems);
        }

        var plants = new List<PlantFeeInput>();
        foreach (var (row, line) in t.Rows.Select((r, i) => (r, i + 2)))
        {
            if (row.Length < t.Header.Length)
            {
                problems.Add(new Problem("row", $"第 {line} 列欄位不足", $"line {line} has too few fields"));
                continue;
            }

            var before = problems.Count;
            var id = t.Text(row, "plant").Trim();
            if (id.Length == 0)
            {
                problems.Add(new Problem("plant", $"第 {line} 列：廠（場）代號不可空白", $"line {line}: plant must not be empty"));
            }

            var emissions = Number(t, row, "emissions_t", line, problems, required: true);
            var rateText = Optional(t, row, "rate");
            var rate = rateText.Length == 0 ? CarbonFeeRate.General : CarbonFeeRates.Parse(rateText);
            if (rate is null)
            {
                problems.Add(new Problem("rate", $"第 {line} 列：不明的費率「{rateText}」（可用：general、A、B）", $"line {line}: unknown rate '{rateText}' (use general, A or B)"));
            }

            var leakageText = Optional(t, row, "high_leakage");
            bool? leakage = leakageText.ToLowerInvariant() switch { "" or "false" or "no" or "0" => false, "true" or "yes" or "1" => true, _ => null };
            if (leakage is null)
            {
                problems.Add(new Problem("high_leakage", $"第 {line} 列：high_leakage 須為 true 或 false（收到「{leakageText}」）", $"line {line}: high_leakage must be true or false (got '{leakageText}')"));
            }

            var offsets = Number(t, row, "offsets_t", line, problems, required: false);
            var credits = Enum.GetValues<CarbonCreditKind>()
                .Select(k => (Kind: k, Tonnes: Number(t, row, CarbonCreditKinds.Key(k) + "_t", line, problems, required: false)))
                .Where(c => c.Tonnes is not null and not 0m).Select(c => new CarbonCredit(c.Kind, c.Tonnes!.Value)).ToList();
            var increase = Enum.GetValues<CarbonCreditKind>()
                .Select(k => (Kind: k, Tonnes: Number(t, row, "increase_" + CarbonCreditKinds.Key(k) + "_t", line, problems, required: false)))
                .Where(c => c.Tonnes is not null and not 0m).Select(c => new CarbonCredit(c.Kind, c.Tonnes!.Value)).ToList();
            var supplied = Supplied(t, row, line, problems);
            if (problems.Count == before)
            {
                plants.Add(new PlantFeeInput(id, emissions!.Value, rate!.Value, leakage!.Value, offsets ?? 0m, credits, increase, supplied));
            }
        }

        if (problems.Count == 0 && plants.Count == 0)
        {
            problems.Add(new Problem("plants", "檔案中沒有任何廠（場）", "the file lists no plants"));
        }

        return problems.Count > 0 ? ([], problems) : (plants, []);
    }

    private static SuppliedElectricity? Supplied(ReferenceCsv t, string[] row, int line, List<Problem> problems)
    {
        var kwh = Number(t, row, "supplied_kwh", line, problems, required: false);
        var intensity = Number(t, row, "supplied_kg_per_kwh", line, problems, required: false);
        if (kwh is null != intensity is null)
        {
            problems.Add(new Problem("supplied_kwh", $"第 {line} 列：supplied_kwh 與 supplied_kg_per_kwh 須一併填寫（碳費收費辦法 §8：供電量及其排碳強度）",
                $"line {line}: give supplied_kwh and supplied_kg_per_kwh together (碳費收費辦法 Art. 8: electricity supplied and its carbon intensity)"));
        }

        return kwh is { } e && intensity is { } i ? new SuppliedElectricity(Units.KilowattHours.Of(e), i) : null;
    }

    private static string Optional(ReferenceCsv t, string[] row, string column) => t.Has(column) ? t.Text(row, column).Trim() : string.Empty;

    private static decimal? Number(ReferenceCsv t, string[] row, string column, int line, List<Problem> problems, bool required)
    {
        var text = Optional(t, row, column);
        if (text.Length == 0 && !required)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(new Problem(column, $"第 {line} 列：{column} 須為數字（收到「{text}」）", $"line {line}: {column} must be a number (got '{text}')"));
        return null;
    }
}
