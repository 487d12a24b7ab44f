using Tanpan.Core.Text;

namespace Tanpan.Core.Inventory;

/// <summary>
/// Header names of activity-data files: the English keys and the Chinese headers of MOENV forms and
/// consultants' spreadsheets (廠區, 排放型式, 原燃物料, 活動數據, 單位, 年度, 月份 …).
/// </summary>
public static class ActivityColumns
{
    /// <summary>Columns every file must have.</summary>
    public static readonly IReadOnlyList<ActivityColumn> Required =
        [ActivityColumn.Facility, ActivityColumn.SourceType, ActivityColumn.Material, ActivityColumn.Activity, ActivityColumn.Unit, ActivityColumn.Year];

    private static readonly (ActivityColumn Column, string Key, string Zh, string[] Aliases)[] Definitions =
    [
        (ActivityColumn.Facility, "facility", "廠區", ["廠區名稱", "工廠", "廠別", "設施", "site", "plant"]),
        (ActivityColumn.SourceType, "source_type", "排放型式", ["排放類型", "排放源類型", "排放型態", "type", "emission type"]),
        (ActivityColumn.Material, "material", "原燃物料", ["原燃物料名稱", "原燃物料或產品", "燃料", "物料", "fuel", "material name"]),
        (ActivityColumn.Activity, "activity", "活動數據", ["活動量", "使用量", "用量", "數量", "amount", "quantity", "activity data"]),
        (ActivityColumn.Unit, "unit", "單位", ["活動數據單位", "計量單位", "units"]),
        (ActivityColumn.Year, "year", "年度", ["年", "盤查年度", "reporting year"]),
        (ActivityColumn.Month, "month", "月份", ["月", "period month"]),
        (ActivityColumn.Source, "source", "排放源", ["排放源名稱", "emission source"]),
        (ActivityColumn.Process, "process", "製程", ["製程名稱", "製程別", "process name"]),
        (ActivityColumn.Equipment, "equipment", "設備", ["設備名稱", "equipment name"]),
        (ActivityColumn.EquipmentType, "equipment_type", "設備類型", ["冷媒設備類型", "設備種類", "車輛技術", "equipment category"]),
        (ActivityColumn.DataSource, "data_source", "資訊取得方式", ["數據來源", "活動數據來源", "資料來源", "數據取得方式", "data source method"]),
        (ActivityColumn.Evidence, "evidence", "佐證資料", ["佐證", "佐證文件", "佐證檔案", "附件"]),
        (ActivityColumn.PeriodFrom, "period_from", "計費期間起", ["計費起日", "計費期間起日", "帳單起日", "期間起", "起日", "bill from", "period start"]),
        (ActivityColumn.PeriodTo, "period_to", "計費期間迄", ["計費迄日", "計費期間迄日", "計費期間止", "帳單迄日", "期間迄", "迄日", "bill to", "period end"]),
    ];

    private static readonly Dictionary<string, ActivityColumn> ByHeader = Definitions
        .SelectMany(d => d.Aliases.Append(d.Key).Append(d.Zh).Select(name => (Name: TextKey.Normalize(name), d.Column)))
        .ToDictionary(x => x.Name, x => x.Column, StringComparer.Ordinal);

    /// <summary>The column a header names, or null for a column Tanpan does not read.</summary>
    public static ActivityColumn? Find(string? header) =>
        header is not null && ByHeader.TryGetValue(TextKey.Normalize(header), out var column) ? column : null;

    /// <summary>The English key (facility, source_type, …).</summary>
    public static string Key(ActivityColumn column) => Definitions[(int)column].Key;

    /// <summary>The Chinese header (廠區, 排放型式, …).</summary>
    public static string NameZh(ActivityColumn column) => Definitions[(int)column].Zh;
}
