using Tanpan.Core.ActionPlans;

namespace Tanpan.Documents.ActionPlanReport;

internal sealed partial class PlanBuilder
{
    private void AddMeasure(int line, Func<string, string> cell)
    {
        var before = issues.Count;
        var number = Text(line, "code", cell("code"), 20, required: true);
        if (number is not null && !NumberPattern().IsMatch(number))
        {
            Issue(line, "code", $"措施編號「{number}」須為以點分隔的編號（如 1.1.1）", $"measure number '{number}' must be dot-separated (like 1.1.1)");
        }
        else if (number is not null && _measures.Any(m => m.Measure.Number == number))
        {
            Issue(line, "code", $"措施編號「{number}」重複", $"measure number '{number}' appears twice");
        }

        var name = Text(line, "name", cell("name"), 200, required: true);
        var policy = Text(line, "policy", cell("policy"), 20, required: true);
        var kind = ActionPlanTerms.ParseKind(cell("kind"));
        if (kind is null)
        {
            Issue(line, "kind", $"措施類型「{cell("kind")}」須為實質減量或能力建構", $"kind '{cell("kind")}' must be 實質減量 (reduction) or 能力建構 (capacity-building)");
        }

        var status = ActionPlanTerms.ParseStatus(cell("status"));
        if (status is null)
        {
            Issue(line, "status", $"達成狀況「{cell("status")}」須為達成、未達成或未評定", $"status '{cell("status")}' must be 達成 (achieved), 未達成 (not achieved) or 未評定 (not assessed)");
        }

        var agency = Text(line, "agency", cell("agency"), 50, required: true);
        var unit = Text(line, "unit", cell("unit"), 50);
        var coAgency = Text(line, "co_agency", cell("co_agency"), 50);
        var period = Text(line, "period", cell("period"), 50);
        var expected = Text(line, "expected", cell("expected"), 2000);
        var result = Text(line, "result", cell("result"), 2000);
        var budget = Number(line, "budget", cell("budget"));
        var source = Text(line, "budget_source", cell("budget_source"), 100);
        var privateInvestment = Number(line, "private_investment", cell("private_investment"));
        var reduction = Number(line, "reduction", cell("reduction"));
        var basis = Text(line, "reduction_basis", cell("reduction_basis"), 50);
        var people = Count(line, "people", cell("people"));
        var sessions = Count(line, "sessions", cell("sessions"));
        if (issues.Count > before)
        {
            return;
        }

        _measures.Add((new ActionMeasure(number!, name!, policy!, kind!.Value, agency!, unit, coAgency, period, expected, result, status!.Value,
            budget is { } b ? ActionPlanUnits.FromTenThousandDollars(b) : null, source,
            privateInvestment is { } p ? ActionPlanUnits.FromTenThousandDollars(p) : null,
            reduction is { } r ? ActionPlanUnits.FromTenThousandTonnes(r) : null, basis, people, sessions), line));
    }
}
