using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanpan.Core.Factors;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Web.Data;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.ActivityImports;

/// <summary>
/// Imports an activity file into an inventory, for the API and the import page alike: reads and checks every row, plans
/// the facilities, sources and entries to add or change, and — unless it is a dry run and only when there is no problem
/// at all — saves the whole plan in one transaction (<see cref="ImportCommit"/>). One bad row means nothing is saved.
/// </summary>
public sealed class ImportService(AppDbContext db, TenantContext tenant, FactorLibrary library, IOptions<ImportOptions> options, TimeProvider clock)
{
    public long MaxBytes => options.Value.MaxBytes;

    public ProblemHttpResult TooLarge() => Problems.Of(StatusCodes.Status413PayloadTooLarge,
        $"檔案超過 {MaxBytes / (1024 * 1024)} MB 上限。", $"The file is larger than the {MaxBytes / (1024 * 1024)} MB limit.");

    /// <summary>A file the readers refused: 400 with both messages, like every other problem of the API.</summary>
    public static ProblemHttpResult Refused(ActivityFileRefusedException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return Problems.Of(StatusCodes.Status400BadRequest, $"檔案無法匯入：{refusal.MessageZh}。", $"The file cannot be imported: {refusal.MessageEn}.");
    }

    /// <summary>Why the caller may not import into inventory <paramref name="id"/> (403, 404, 409), or null: checked before an upload is written.</summary>
    public async Task<ProblemHttpResult?> RefusalAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!tenant.CanWrite())
        {
            return Problems.ReadOnly();
        }

        var year = await db.InventoryYears.Where(y => y.Id == id).Select(y => new { y.LockedAt }).SingleOrDefaultAsync(cancellationToken);
        return year is null ? Problems.NotFound() : year.LockedAt is not null ? Problems.Locked() : null;
    }

    /// <summary>
    /// The preview (or the committed result) of importing <paramref name="path"/>, whose extension decides the format;
    /// <paramref name="fileName"/> is the name shown. Null with a problem when the caller may not write (403), the
    /// inventory is unknown (404) or locked (409). A commit reports (rows done, rows of the file) to <paramref name="progress"/>.
    /// </summary>
    public async Task<(ImportPreview? Preview, ProblemHttpResult? Problem)> ImportAsync(
        Guid id, string path, string fileName, bool dryRun, CancellationToken cancellationToken, Action<int, int>? progress = null,
        ImportDecisions? decisions = null)
    {
        decisions ??= ImportDecisions.None;
        if (!tenant.CanWrite())
        {
            return (null, Problems.ReadOnly());
        }

        var year = await db.InventoryYears.SingleOrDefaultAsync(y => y.Id == id, cancellationToken);
        if (year is null)
        {
            return (null, Problems.NotFound());
        }

        if (year.LockedAt is not null)
        {
            return (null, Problems.Locked());
        }

        var facilities = await db.Facilities.ToListAsync(cancellationToken);
        var sources = await db.EmissionSources.AsNoTracking().Where(s => s.InventoryYearId == id).ToListAsync(cancellationToken);
        var entries = await db.ActivityEntries.AsNoTracking().Where(e => e.InventoryYearId == id).ToListAsync(cancellationToken);
        ImportPlan plan;
        try
        {
            plan = ImportPlanner.Plan(ActivityFileReader.Open(path, new ReadBudget(options.Value.MemoryBudgetBytes)), year, facilities, sources, entries, library);
        }
        catch (ActivityFileRefusedException e)
        {
            return (null, Refused(e));
        }

        if (plan.Problems.Count == 0)
        {
            ImportChoices.Apply(plan, decisions);
            if (!dryRun)
            {
                plan.Problems.AddRange(ImportChoices.Missing(plan.NewFacilities.Count, plan.Overlaps.Count, decisions));
            }
        }

        var commit = !dryRun && plan.Problems.Count == 0;
        if (commit)
        {
            progress?.Invoke(0, plan.Rows);
            await ImportCommit.SaveAsync(db, tenant.OrganisationId!.Value, tenant.UserId, clock.GetUtcNow(), year, plan,
                progress is null ? null : done => progress(done, plan.Rows), cancellationToken);
        }

        var names = facilities.Concat(plan.NewFacilities).ToDictionary(f => f.Id, f => f.Name);
        return (new ImportPreview(
            fileName, plan.Format, plan.Rows, commit, plan.Problems, [.. plan.NewFacilities.Select(f => f.Name)],
            [.. plan.NewSources.Select(s => new ImportSource(names[s.FacilityId], Core.Sources.SourceTypes.Key(s.SourceType), s.MaterialKey, s.Process, s.Equipment))],
            plan.NewEntries.Count, plan.Changes.Count, plan.Unchanged,
            [.. plan.Overlaps.Select(o => ImportChoices.Describe(o, sources.Concat(plan.NewSources).First(s => s.Id == o.Entry.EmissionSourceId), library))],
            plan.Overlaps.Count == 0 ? null : decisions.Overlap, plan.Removals.Count, plan.Skipped), null);
    }
}
