namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// The seven stages of 抵換專案現場支援 an applicant chooses one of (seed 004, 附表1 "抵換專案現場支援(七擇一)"; the
/// service description 三(三) names the same seven in the same order). <see cref="CreditStage"/> marks the three the
/// priority order's third level names: 「監測報告書製備/修訂」、「查證」、「環保署額度申請/審查」.
/// </summary>
public static class OffsetStages
{
    public sealed record Stage(string Key, string NameZh, string NameEn, bool CreditStage);

    public static IReadOnlyList<Stage> All { get; } =
    [
        new("development", "減量專案開發評估", "Reduction project development assessment", false),
        new("project-plan", "專案計劃書製備/修訂", "Project plan preparation or revision", false),
        new("validation", "確證支援", "Validation support", false),
        new("registration", "環保署註冊申請/審查支援", "EPA registration application and review support", false),
        new("monitoring-report", "監測報告書製備/修訂", "Monitoring report preparation or revision", true),
        new("verification", "查證支援", "Verification support", true),
        new("credit-issuance", "環保署額度申請/審查支援", "EPA credit application and review support", true),
    ];

    public static Stage? Find(string? key) => All.FirstOrDefault(s => s.Key == key);
}
