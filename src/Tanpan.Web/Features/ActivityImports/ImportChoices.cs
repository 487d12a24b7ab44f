using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.ActivityImports;

/// <summary>
/// The user's decisions on an import plan (<see cref="ImportDecisions"/>): what happens to rows that overlap stored
/// entries of the same source, and whether facilities the organisation does not have may be created. A commit that
/// lacks a decision its file needs is refused with a problem in both languages; nothing is ever counted twice silently.
/// </summary>
internal static class ImportChoices
{
    /// <summary>Applies the overlap choice to the plan: replace → the overlapped stored entries are removed; keep → each new entry records the reason; skip → the rows are left out.</summary>
    public static void Apply(ImportPlan plan, ImportDecisions decisions)
    {
        switch (decisions.Overlap)
        {
            case "replace":
                plan.Removals.AddRange(plan.Overlaps.SelectMany(o => o.Existing).DistinctBy(e => e.Id));
                break;
            case "keep" when !string.IsNullOrWhiteSpace(decisions.OverlapReason):
                foreach (var (entry, _, _, _) in plan.Overlaps)
                {
                    entry.OverlapReason = Trim(decisions.OverlapReason);
                }

                break;
            case "skip":
                var skipped = plan.Overlaps.Select(o => o.Entry).ToHashSet();
                plan.Skipped = plan.NewEntries.RemoveAll(skipped.Contains);
                break;
        }
    }

    /// <summary>The problems of a commit that lacks a decision: new facilities unconfirmed, overlaps without a (valid) choice.</summary>
    public static IEnumerable<ImportProblem> Missing(int newFacilities, int overlaps, ImportDecisions decisions)
    {
        if (newFacilities > 0 && !decisions.ConfirmNewFacilities)
        {
            yield return new ImportProblem("", 1, "facility",
                $"檔案中有 {newFacilities} 個本組織沒有的廠區；請確認要新增這些廠區（或修正檔案中的廠區名稱）後再匯入。",
                $"The file names {newFacilities} facilities the organisation does not have; confirm that they should be created (or correct the facility names) and import again.");
        }

        if (overlaps == 0)
        {
            yield break;
        }

        if (decisions.Overlap is not ("replace" or "keep" or "skip"))
        {
            yield return new ImportProblem("", 1, "month",
                $"有 {overlaps} 列與既有活動數據的期間重疊，會重複計算；請選擇：取代既有數據、兩筆都保留（須說明理由）或略過這些列。",
                $"{overlaps} rows overlap the period of stored activity data and would be counted twice; choose: replace the stored entries, keep both (with a reason) or skip these rows.");
        }
        else if (decisions.Overlap == "keep" && string.IsNullOrWhiteSpace(decisions.OverlapReason))
        {
            yield return new ImportProblem("", 1, "month", "選擇兩筆都保留時，請說明理由（例如：同一帳號有兩個電表）。",
                "To keep both, give the reason (for example: two meters on one account).");
        }
        else if (decisions.Overlap == "keep" && decisions.OverlapReason!.Trim().Length > 500)
        {
            yield return new ImportProblem("", 1, "month", "理由最多 500 字。", "The reason can be at most 500 characters.");
        }
    }

    /// <summary>An overlap as the preview lists it: the row's source and period, its amount, and each stored entry's.</summary>
    public static ImportOverlap Describe((ActivityEntry Entry, int Line, string Facility, List<ActivityEntry> Existing) o, EmissionSource source, FactorLibrary library) =>
        new(o.Line, o.Facility, source.Process, source.Equipment, library.Materials.FindByKey(source.MaterialKey)?.NameZh ?? source.MaterialKey,
            ActivityPeriod.Of(o.Entry.Year, o.Entry.Month).ToString(), o.Entry.Amount, o.Entry.Unit,
            [.. o.Existing.Select(e => new ImportOverlapEntry(e.Id, ActivityPeriod.Of(e.Year, e.Month).ToString(), e.Amount, e.Unit))]);

    private static string Trim(string? text) => text!.Trim() is { Length: > 500 } long_ ? long_[..500] : text.Trim();
}
