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

    public static DataSourceMethod Match(string? dataSource)
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
