using Tanpan.Web.Features.ProgrammeKpis;

namespace Tanpan.Bench.ProgrammeKpis;

/// <summary>The app's report in the reference's key space: (dimension, key, figure) → value.</summary>
internal static class Figures
{
    public static Dictionary<string, decimal> Of(KpiReport report)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["total/total/applications"] = report.Total.Applications,
            ["total/total/unconfirmed"] = report.Unconfirmed,
            ["total/total/cases"] = report.Total.Cases,
            ["total/total/visits"] = report.Total.Visits,
            ["total/total/trained-all"] = report.TrainedAll,
        };
        foreach (var (state, n) in report.Total.ByState)
        {
            result[$"total/total/state:{state}"] = n;
        }

        foreach (var (stage, n) in report.Total.CasesByStage)
        {
            result[$"total/total/stage:{stage}"] = n;
        }

        foreach (var breakdown in report.Breakdowns)
        {
            foreach (var row in breakdown.Rows)
            {
                var prefix = $"{breakdown.Dimension}/{row.Key}/";
                var c = row.Counts;
                (result[prefix + "applications"], result[prefix + "requests"], result[prefix + "cases"], result[prefix + "visits"], result[prefix + "trained"]) =
                    (c.Applications, c.Requests, c.Cases, c.Visits, c.Trained);
                foreach (var (state, n) in c.ByState)
                {
                    result[$"{prefix}state:{state}"] = n;
                }
            }
        }

        return result;
    }

    /// <summary>Keys whose values differ (a key missing on one side counts as 0 there).</summary>
    public static List<string> Differences(Dictionary<string, decimal> app, Dictionary<string, decimal> reference) =>
        [.. app.Keys.Union(reference.Keys).Where(k => app.GetValueOrDefault(k) != reference.GetValueOrDefault(k))
            .Select(k => $"{k}: app {app.GetValueOrDefault(k)}, reference {reference.GetValueOrDefault(k)}")];
}
