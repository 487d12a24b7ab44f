namespace Tanpan.Core.ActionPlans;

/// <summary>
/// The seed's words for kinds and statuses (what the CSV and the printed report carry) and their English names.
/// Parsing accepts the Chinese word or the English key, nothing else.
/// </summary>
public static class ActionPlanTerms
{
    private static readonly (MeasureKind Kind, string Zh, string En)[] Kinds =
    [
        (MeasureKind.Reduction, "實質減量", "reduction"),
        (MeasureKind.CapacityBuilding, "能力建構", "capacity-building"),
    ];

    private static readonly (MeasureStatus Status, string Zh, string En)[] Statuses =
    [
        (MeasureStatus.Achieved, "達成", "achieved"),
        (MeasureStatus.NotAchieved, "未達成", "not-achieved"),
        (MeasureStatus.NotAssessed, "未評定", "not-assessed"),
    ];

    public static string Zh(MeasureKind kind) => Kinds.Single(k => k.Kind == kind).Zh;

    public static string En(MeasureKind kind) => Kinds.Single(k => k.Kind == kind).En;

    public static string Zh(MeasureStatus status) => Statuses.Single(s => s.Status == status).Zh;

    public static string En(MeasureStatus status) => Statuses.Single(s => s.Status == status).En;

    public static MeasureKind? ParseKind(string text) =>
        Kinds.FirstOrDefault(k => Same(k.Zh, k.En, text)) is { Zh: not null } hit ? hit.Kind : null;

    public static MeasureStatus? ParseStatus(string text) =>
        Statuses.FirstOrDefault(s => Same(s.Zh, s.En, text)) is { Zh: not null } hit ? hit.Status : null;

    private static bool Same(string zh, string en, string text)
    {
        var t = (text ?? "").Trim();
        return t == zh || string.Equals(t, en, StringComparison.OrdinalIgnoreCase);
    }
}
