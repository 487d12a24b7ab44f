namespace Tanpan.Web.Features.Training;

/// <summary>
/// A course tier as data/training/tiers.json states it (the seed text it comes from in <see cref="Source"/>): its key,
/// the code in certificate numbers, names, audience, typical length, completion rule and the later application its
/// certificate gives priority in (only the footprint workshop, seed 004 注意事項(三)).
/// </summary>
public sealed record TrainingTier(
    string Key,
    string Code,
    string NameZh,
    string NameEn,
    string AudienceZh,
    string AudienceEn,
    int TypicalDays,
    bool HalfDay,
    CompletionRule Completion,
    string Source)
{
    /// <summary>Other tiers a certificate of this one also counts as (the footprint workshop is a 講習: <c>lecture</c>).</summary>
    public IReadOnlyList<string> AlsoCountsAs { get; init; } = [];

    public string? PriorityForZh { get; init; }

    public string? PriorityForEn { get; init; }
}
