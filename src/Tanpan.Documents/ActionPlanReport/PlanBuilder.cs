using System.Globalization;
using System.Text.RegularExpressions;
using Tanpan.Core.ActionPlans;
using Tanpan.Core.Inventory;
using Tanpan.Core.Units;
using Tanpan.Documents.Products;

namespace Tanpan.Documents.ActionPlanReport;

/// <summary>Turns the rows of an action-plan file into an <see cref="ActionPlan"/>, one issue per bad cell.</summary>
internal sealed partial class PlanBuilder(List<ActivityIssue> issues)
{
    private readonly List<PolicyArea> _policies = [];
    private readonly List<(ActionMeasure Measure, int Line)> _measures = [];
    private readonly List<SectorEmissions> _emissions = [];
    private readonly List<IntensityIndicator> _intensity = [];
    private (int Year, string Sector)? _plan;
    private int _planLine;

    public void Add(int line, Func<string, string> cell)
    {
        switch (cell("record").ToLowerInvariant())
        {
            case "plan" or "方案":
                AddPlan(line, cell);
                break;
            case "policy" or "政策內涵":
                AddPolicy(line, cell);
                break;
            case "measure" or "措施":
                AddMeasure(line, cell);
                break;
            case "emissions" or "排放":
                AddEmissions(line, cell);
                break;
            case "intensity" or "碳密集度":
                AddIntensity(line, cell);
                break;
            default:
                Issue(line, "record", $"類別「{cell("record")}」不是 plan、policy、measure、emissions 或 intensity", $"record '{cell("record")}' is not plan, policy, measure, emissions or intensity");
                break;
        }
    }

    public ActionPlan? Build()
    {
        if (_plan is null)
        {
            Issue(1, "record", "缺少 plan 列（報告年度與部門）", "no plan row (the report year and sector)");
        }

        if (_measures.Count == 0)
        {
            Issue(1, "record", "檔案沒有任何措施（measure 列）", "the file has no measure rows");
        }

        foreach (var (measure, line) in _measures.Where(m => _policies.All(p => p.Code != m.Measure.PolicyCode)))
        {
            Issue(line, "policy", $"政策內涵「{measure.PolicyCode}」沒有 policy 列", $"policy '{measure.PolicyCode}' has no policy row");
        }

        return _plan is { } plan && issues.Count == 0
            ? new ActionPlan(plan.Year, plan.Sector, _policies, [.. _measures.Select(m => m.Measure)], _emissions, _intensity)
            : null;
    }

    private void AddPlan(int line, Func<string, string> cell)
    {
        if (_plan is not null)
        {
            Issue(line, "record", $"plan 列只能有一列（第 {_planLine} 行已有）", $"only one plan row is allowed (line {_planLine} has one)");
            return;
        }

        var year = Year(line, "year", cell("year"), required: true);
        var name = Text(line, "name", cell("name"), 100, required: true);
        if (year is { } y && name is not null)
        {
            _plan = (y, name);
            _planLine = line;
        }
    }

    private void AddPolicy(int line, Func<string, string> cell)
    {
        var code = Text(line, "code", cell("code"), 20, required: true);
        var name = Text(line, "name", cell("name"), 200, required: true);
        var planned = Number(line, "planned_budget", cell("planned_budget"));
        if (code is not null && _policies.Any(p => p.Code == code))
        {
            Issue(line, "code", $"政策內涵編號「{code}」重複", $"policy code '{code}' appears twice");
            return;
        }

        if (code is not null && name is not null)
        {
            _policies.Add(new PolicyArea(code, name, planned is { } p ? ActionPlanUnits.FromTenThousandDollars(p) : null, Optional(line, "period", cell("period"), 50)));
        }
    }

    private void AddEmissions(int line, Func<string, string> cell)
    {
        var year = Year(line, "year", cell("year"), required: true);
        var target = Number(line, "target", cell("target"), required: true);
        var emissions = Number(line, "emissions", cell("emissions"), required: true);
        if (year is { } y && _emissions.Any(e => e.Year == y))
        {
            Issue(line, "year", $"排放年度 {y} 重複", $"emissions year {y} appears twice");
            return;
        }

        if (year is { } ok && target is { } t && emissions is { } e)
        {
            _emissions.Add(new SectorEmissions(ok, ActionPlanUnits.FromMillionTonnes(t), ActionPlanUnits.FromMillionTonnes(e)));
        }
    }

    private void AddIntensity(int line, Func<string, string> cell)
    {
        var year = Year(line, "year", cell("year"), required: true);
        var baseYear = Year(line, "base_year", cell("base_year"), required: true);
        var target = Number(line, "target_reduction_pct", cell("target_reduction_pct"), required: true, max: 100m);
        var achieved = Number(line, "achieved_reduction_pct", cell("achieved_reduction_pct"), negative: true, max: 100m);
        if (year is { } y && baseYear is { } b && y <= b)
        {
            Issue(line, "base_year", $"基準年 {b} 須早於年度 {y}", $"the base year {b} must be before the year {y}");
            return;
        }

        if (year is { } ok && baseYear is { } okBase && target is { } t)
        {
            _intensity.Add(new IntensityIndicator(ok, okBase, t, achieved));
        }
    }

    private void Issue(int line, string column, string zh, string en) => issues.Add(new ActivityIssue(line, column, zh, en));

    private string? Text(int line, string column, string text, int max, bool required = false)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                Issue(line, column, $"欄位「{Zh(column)}」不可空白", $"column {column} must not be empty");
            }

            return null;
        }

        if (text.Length > max)
        {
            Issue(line, column, $"欄位「{Zh(column)}」超過 {max} 字", $"column {column} is longer than {max} characters");
            return null;
        }

        return text;
    }

    private string? Optional(int line, string column, string text, int max) => Text(line, column, text, max);

    private decimal? Number(int line, string column, string text, bool required = false, bool negative = false, decimal? max = null)
    {
        if (text.Length == 0 || text is "-" or "—")
        {
            return required ? Required(line, column) : null;
        }

        var before = issues.Count;
        var value = ProductCsv.Number(line, column, text, issues, nonNegative: !negative);
        if (value is { } v && max is { } m && v > m)
        {
            Issue(line, column, $"「{text}」不可大於 {m.ToString(CultureInfo.InvariantCulture)}", $"'{text}' must not be more than {m.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return issues.Count == before ? value : null;
    }

    private decimal? Required(int line, string column)
    {
        Issue(line, column, $"欄位「{Zh(column)}」不可空白", $"column {column} must not be empty");
        return null;
    }

    private int? Count(int line, string column, string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (!int.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 10_000_000)
        {
            Issue(line, column, $"「{text}」不是 0 以上的整數", $"'{text}' is not a whole number of 0 or more");
            return null;
        }

        return n;
    }

    /// <summary>A year: 1–200 is a 民國 year (110 → 2021), 1912–2200 a Gregorian one.</summary>
    private int? Year(int line, string column, string text, bool required)
    {
        if (text.Length == 0)
        {
            return required ? (int?)Required(line, column) : null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && (y is >= 1 and <= 200 || y is >= 1912 and <= 2200))
        {
            return y <= 200 ? y + 1911 : y;
        }

        Issue(line, column, $"年度「{text}」無效（民國 1–200 年或西元 1912–2200 年）", $"year '{text}' is not valid (ROC 1–200 or 1912–2200)");
        return null;
    }

    private static string Zh(string column) => ActionPlanColumns.All.First(c => c.Key == column).Zh;

    [GeneratedRegex(@"^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$")]
    private static partial Regex NumberPattern();
}
