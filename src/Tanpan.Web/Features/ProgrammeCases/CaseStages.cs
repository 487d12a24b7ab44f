namespace Tanpan.Web.Features.ProgrammeCases;

/// <summary>
/// The stages a case of each service goes through, as data, with the default number of days from the opening date to
/// each stage's due date (docs/programme-cases.md, "Stages"). Every list ends with <see cref="Closed"/> (結案), the
/// stage that records the closing date. The lists follow seed 004's own description of each service's work:
/// <list type="bullet">
/// <item>碳盤查輔導 (附件 1 作業流程 (2)–(4)): 收集盤查所需資料 → 赴廠排放源確認與數據討論、公用設備現勘 → 完成簡易碳盤查清冊及節能減碳報告書.</item>
/// <item>碳盤查查證輔導 (附件 2 工作流程, 階段一–六): 啟始作業 → 盤查範疇界定 → 盤查資料蒐集與計算 → 報告書製作 → 內部稽核 → 外部查證.</item>
/// <item>產品碳足跡訓練式輔導 (附件 3 工廠與顧問團隊的分工): 自廠產品資料盤查準備 → 現場研討計算結果 → 熱點與減碳作為探討.</item>
/// <item>計畫型抵換專案 (附件 4 工作重點): 專案可行性評估 → 示範廠執行能力建構 → 專案計畫書製備.</item>
/// <item>方案型抵換專案 (附件 5 示範推動工作重點): 現勘、教育訓練 → 減量方法適用性評估 → 方案活動與子專案規劃 → 專案計畫書製備.</item>
/// <item>抵換專案現場支援 (附件 6 工作流程, after 工業局核備): 現場技術支援 → 產出抵換專案技術服務紀錄.</item>
/// </list>
/// The seed gives no durations; the default days are this project's reading (spread over the programme year) and the
/// agency edits every due date per case. A service of another programme with a key not listed here gets
/// <see cref="General"/>.
/// </summary>
public static class CaseStages
{
    /// <summary>The closing stage's key (結案), last in every list.</summary>
    public const string Closed = "closed";

    public sealed record Stage(string Key, string NameZh, string NameEn, int DefaultDays);

    private static readonly Stage ClosedStage = new(Closed, "結案", "Closed", 180);

    public static IReadOnlyDictionary<string, IReadOnlyList<Stage>> ByService { get; } = new Dictionary<string, IReadOnlyList<Stage>>(StringComparer.Ordinal)
    {
        ["inventory"] =
        [
            new("data-collection", "資料蒐集", "Data collection", 30),
            new("site-visit", "赴廠確認與現勘", "Site visit: sources, data and utilities", 60),
            new("inventory-report", "盤查清冊與節能減碳報告書", "Inventory and energy-saving report", 120),
            ClosedStage,
        ],
        ["verification"] =
        [
            new("kick-off", "啟始作業", "Kick-off", 14),
            new("boundary", "盤查範疇界定", "Inventory boundary", 30),
            new("data-calculation", "盤查資料蒐集與計算", "Data collection and calculation", 60),
            new("report", "報告書製作", "Inventory report", 90),
            new("internal-audit", "內部稽核", "Internal audit", 120),
            new("external-verification", "外部查證", "External verification", 160),
            ClosedStage,
        ],
        ["footprint"] =
        [
            new("data-preparation", "產品資料盤查準備", "Product data preparation", 45),
            new("on-site-calculation", "現場研討計算結果", "On-site review of the calculation", 90),
            new("hotspots", "熱點與減碳作為探討", "Hotspots and reduction options", 120),
            ClosedStage,
        ],
        ["offset-programme"] =
        [
            new("feasibility", "專案可行性評估", "Project feasibility assessment", 45),
            new("capacity", "示範廠執行能力建構", "Capacity building at the factory", 90),
            new("project-plan", "專案計畫書製備", "Project plan preparation", 150),
            ClosedStage,
        ],
        ["offset-pcdm"] =
        [
            new("survey-training", "現勘與教育訓練", "Site survey and training", 30),
            new("methodology", "減量方法適用性評估", "Methodology applicability", 60),
            new("activities", "方案活動與子專案規劃", "Programme activities and sub-projects", 100),
            new("project-plan", "專案計畫書製備", "Project plan preparation", 150),
            ClosedStage,
        ],
        ["offset-support"] =
        [
            new("on-site-support", "現場技術支援", "On-site technical support", 60),
            new("service-record", "技術服務紀錄", "Technical service record", 90),
            ClosedStage,
        ],
    };

    /// <summary>For a service this table does not know: start, work, close.</summary>
    public static IReadOnlyList<Stage> General { get; } =
    [
        new("kick-off", "啟始作業", "Kick-off", 14),
        new("delivery", "輔導執行", "Guidance", 90),
        ClosedStage,
    ];

    public static IReadOnlyList<Stage> For(string serviceKey) => ByService.TryGetValue(serviceKey, out var stages) ? stages : General;

    /// <summary>A stage's names by key, from any list (keys mean the same in every list).</summary>
    public static Stage? Find(string key) => ByService.Values.SelectMany(s => s).Concat(General).FirstOrDefault(s => s.Key == key);
}
