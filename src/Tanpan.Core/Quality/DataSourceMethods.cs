using Tanpan.Core.Text;

namespace Tanpan.Core.Quality;

/// <summary>
/// The data-source methods shipped in <c>data/quality/data-source-methods.csv</c> and the rule that maps
/// the text of a row's 資訊取得方式 to one: the first method (in file order) one of whose keywords the
/// text contains, ignoring case and width; blank or unmatched text is <see cref="Unknown"/>.
/// </summary>
public static class DataSourceMethods
{
    private static readonly List<(DataSourceMethod Method, string[] Keywords)> Methods = Load();

    public static IReadOnlyList<DataSourceMethod> All { get; } = Methods.Select(m => m.Method).ToList();

    /// <summary>Nothing known about how the amount was obtained: worst levels.</summary>
    public static DataSourceMethod Unknown { get; } = All.Single(m => m.Key == "unknown");

    /// <summary>
    /// A bill's share allocated to one year by days (<see cref="Inventory.BillSplit"/>) is an estimate of how much of the
    /// metered amount fell in that year: MOENV A1 = 3 (自行推估), the meter's calibration level kept, and the activity
    /// bounds at least ±10 % (consumption is not even across the days of a bill; Tanpan default, confidence L).
    /// </summary>
    public const decimal ProratedBound = 0.1m;

    /// <summary>The method of the text; text carrying <see cref="Inventory.BillSplit.Marker"/> is the method of the text before it, <see cref="Prorated"/>.</summary>
    public static DataSourceMethod Match(string? dataSource)
    {
        var marker = dataSource?.IndexOf(Inventory.BillSplit.Marker, StringComparison.Ordinal) ?? -1;
        return marker >= 0 ? Prorated(MatchText(dataSource![..marker])) : MatchText(dataSource);
    }

    /// <summary>
    /// The worst method among a source's rows, as sheet 4 (4-數據品質管理) grades the source: the highest A1 × A2, then the
    /// widest activity bounds; <see cref="Unknown"/> when there are no rows. Used by <see cref="QualityAssessment"/> and
    /// by <see cref="Sources.SignificanceRule.Assess"/> (P 數據取得).
    /// </summary>
    public static DataSourceMethod Worst(IEnumerable<string?> dataSources)
    {
        ArgumentNullException.ThrowIfNull(dataSources);
        return dataSources.Select(Match).OrderByDescending(m => m.ActivityLevel * m.CalibrationLevel).ThenByDescending(m => m.ActivityUpper)
            .FirstOrDefault() ?? Unknown;
    }

    /// <summary>The method as used for a bill's share allocated by days: activity level 3, bounds at least ±<see cref="ProratedBound"/>.</summary>
    public static DataSourceMethod Prorated(DataSourceMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method with
        {
            Key = method.Key + "_prorated",
            NameZh = method.NameZh + "（跨年按日分攤）",
            NameEn = method.NameEn + " (split across years by days)",
            ActivityLevel = 3,
            ActivityLower = Math.Max(method.ActivityLower, ProratedBound),
            ActivityUpper = Math.Max(method.ActivityUpper, ProratedBound),
            Basis = method.Basis + "; this share of the bill was allocated to the year by days (an estimate, A1 = 3)",
        };
    }

    private static DataSourceMethod MatchText(string? dataSource)
    {
        if (string.IsNullOrWhiteSpace(dataSource))
        {
            return Unknown;
        }

        var text = TextKey.Normalize(dataSource);
        foreach (var (method, keywords) in Methods)
        {
            if (keywords.Any(k => text.Contains(k, StringComparison.Ordinal)))
            {
                return method;
            }
        }

        return Unknown;
    }

    private static List<(DataSourceMethod, string[])> Load()
    {
        var t = ReferenceCsv.Load("quality/data-source-methods.csv");
        return t.Rows.Select(r => (
            new DataSourceMethod(
                t.Text(r, "method"),
                t.Text(r, "name_zh"),
                t.Text(r, "name_en"),
                (int)t.Number(r, "activity_level"),
                (int)t.Number(r, "calibration_level"),
                t.Number(r, "activity_lower"),
                t.Number(r, "activity_upper"),
                bool.Parse(t.Text(r, "money_estimate")),
                t.Text(r, "basis")),
            t.Text(r, "keywords").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(TextKey.Normalize).ToArray())).ToList();
    }
}
