using Tanpan.Documents.Products;

namespace Tanpan.Documents.ActionPlanReport;

/// <summary>The columns of an action-plan file (docs/action-plans.md, "The CSV"): English key, Chinese header, aliases.</summary>
internal static class ActionPlanColumns
{
    public static readonly CsvColumn[] All =
    [
        new("record", "類別", true, "record_type", "資料類別"),
        new("code", "編號", false, "number", "措施編號"),
        new("name", "名稱", false, "措施名稱"),
        new("policy", "政策內涵", false, "policy_code", "政策內涵編號"),
        new("kind", "措施類型", false, "type", "類型"),
        new("agency", "主辦機關", false),
        new("unit", "執行單位", false),
        new("co_agency", "協辦機關", false),
        new("period", "推動期程", false),
        new("expected", "預期效益", false, "kpi"),
        new("result", "執行成果", false),
        new("status", "達成狀況", false, "狀態"),
        new("budget", "實際經費(萬元)", false, "實際經費", "budget_10k_ntd"),
        new("budget_source", "經費來源", false),
        new("private_investment", "民間投資(萬元)", false, "民間投資"),
        new("reduction", "減碳量(萬公噸CO2e)", false, "減碳量", "reduction_10k_t"),
        new("reduction_basis", "減碳量性質", false),
        new("people", "培訓人次", false, "人次"),
        new("sessions", "場次", false),
        new("year", "年度", false),
        new("planned_budget", "預期經費(萬元)", false, "預期經費"),
        new("target", "目標值(百萬公噸CO2e)", false, "目標值"),
        new("emissions", "排放值(百萬公噸CO2e)", false, "排放值"),
        new("base_year", "基準年", false),
        new("target_reduction_pct", "目標下降(%)", false, "目標下降"),
        new("achieved_reduction_pct", "實際下降(%)", false, "實際下降"),
        new("note", "備註", false, "source", "出處"),
    ];
}
