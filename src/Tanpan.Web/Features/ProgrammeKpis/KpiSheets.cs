using Tanpan.Documents.ProgrammeKpis;
using Tanpan.Web.Features.Programmes;

namespace Tanpan.Web.Features.ProgrammeKpis;

/// <summary>The dashboard as workbook sheets (Traditional Chinese): 總計, then one sheet per breakdown.</summary>
public static class KpiSheets
{
    private static readonly Dictionary<string, (string Sheet, string Column)> Dimensions = new(StringComparer.Ordinal)
    {
        [KpiDimensions.Service] = ("依服務項目", "服務項目"),
        [KpiDimensions.Team] = ("依輔導團隊", "輔導團隊"),
        [KpiDimensions.Industry] = ("依產業別", "產業別"),
        [KpiDimensions.Region] = ("依縣市", "縣市"),
    };

    private static readonly Dictionary<string, string> StateNames = new(StringComparer.Ordinal)
    {
        [RequestStates.Queued] = "排隊審查中", [RequestStates.WaitListed] = "候補", [RequestStates.Approved] = "已核定",
        [RequestStates.BureauApproved] = "工業局已核備", [RequestStates.Rejected] = "已駁回",
    };

    public static IReadOnlyList<KpiSheet> Of(KpiReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t = report.Total;
        decimal? Cases(decimal v) => report.HasCases ? v : null;
        decimal? Follow(decimal v) => report.HasFollowUps ? v : null;
        List<KpiSheetRow> totals =
        [
            new("申請件數（已確認）", [t.Applications]),
            new("申請件數（尚未確認）", [report.Unconfirmed]),
            new("申請項目數", [t.Requests]),
            .. t.ByState.Select(s => new KpiSheetRow(StateNames[s.Key], [s.Value])),
            new("輔導案件", [Cases(t.Cases)]),
            .. report.Stages.Select(s => new KpiSheetRow(ProgrammeKpiService.StageName(s, english: false), [Cases(t.CasesByStage.GetValueOrDefault(s))])),
            new("訪視次數", [Cases(t.Visits)]),
            new("完訓人次（有效結訓證書，計畫年度）", [report.TrainedAll]),
            new("其中申請廠商", [t.Trained]),
            new("出席人次（至少出席一日）", [report.Attended]),
            new("成效追蹤表應交", [Follow(t.FollowUpsDue)]),
            new("成效追蹤表回收", [Follow(t.FollowUpsReturned)]),
            new("回報減量（公噸CO2e）", [Follow(t.ReductionTonnes)]),
        ];
        var note = "空白表示此版本尚無該項資料（不代表 0）。申請件數只計已確認者。";
        var sheets = new List<KpiSheet> { new("總計", $"{report.Programme.TitleZh}：績效指標", note, ["項目", "數值"], totals) };
        foreach (var b in report.Breakdowns)
        {
            var (sheet, column) = Dimensions[b.Dimension];
            sheets.Add(new KpiSheet(sheet, $"{report.Programme.TitleZh}：{sheet}", note,
                [column, "申請件數", "申請項目數", .. t.ByState.Keys.Select(k => StateNames[k]), "輔導案件", "訪視次數", "完訓人次", "追蹤表應交", "追蹤表回收", "回報減量（公噸CO2e）"],
                [.. b.Rows.Select(r => new KpiSheetRow(r.NameZh,
                    [r.Counts.Applications, r.Counts.Requests, .. t.ByState.Keys.Select(k => (decimal?)r.Counts.ByState[k]), Cases(r.Counts.Cases), Cases(r.Counts.Visits),
                        r.Counts.Trained, Follow(r.Counts.FollowUpsDue), Follow(r.Counts.FollowUpsReturned), Follow(r.Counts.ReductionTonnes)]))]));
        }

        return sheets;
    }
}
