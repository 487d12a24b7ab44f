namespace Tanpan.Web.Features.Inventories.Pages;

/// <summary>
/// Seed 001's ways of getting activity data (活動數據資訊取得方法). The Chinese name is what is stored; "other"
/// stores the text the user typed instead.
/// </summary>
public static class DataSourceMethods
{
    public const string Other = "其他";

    /// <summary>Stored value → resource key of its label.</summary>
    public static readonly IReadOnlyList<(string Value, string LabelKey)> Known =
    [
        ("財務單據", "MethodFinancial"),
        ("操作報表", "MethodOperation"),
        ("維護運轉推估", "MethodMaintenance"),
        ("採購金額回推用量", "MethodPurchase"),
        (Other, "MethodOther"),
    ];

    /// <summary>The stored text for a choice and the free text beside it.</summary>
    public static string? Store(string? method, string? otherText) =>
        string.IsNullOrWhiteSpace(method) ? null
        : method == Other ? (string.IsNullOrWhiteSpace(otherText) ? Other : otherText.Trim())
        : method;

    /// <summary>The choice and free text that show a stored value (anything not a known choice is "other" with its text).</summary>
    public static (string? Method, string? OtherText) Show(string? stored) =>
        string.IsNullOrWhiteSpace(stored) ? (null, null)
        : Known.Any(k => k.Value == stored) ? (stored, null)
        : (Other, stored);
}
