using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Time;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Evidence;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.ProgrammeCases;

/// <summary>One uploaded file of a visit form.</summary>
public sealed record VisitUpload(string? FileName, long Length, Func<Stream> Open);

/// <summary>A visit as typed: the date (null when unreadable), the people, findings and next steps, and the files.</summary>
public sealed record VisitInput(DateOnly? VisitedOn, string? PeoplePresent, string? Findings, string? NextSteps, IReadOnlyList<VisitUpload> Files);

/// <summary>A visit with its files.</summary>
public sealed record VisitView(CaseVisit Visit, IReadOnlyList<CaseVisitFile> Files);

/// <summary>
/// Visit records of a case (docs/programme-cases.md, "Visits"): the case's team and the agency's owners and editors
/// record them; whoever sees the case reads them. Every field is checked before anything is kept; the files are
/// stored next (each within the size limit and of an accepted kind) and the rows saved last, and a refusal at any step
/// removes the files already stored, so a bad form leaves neither a row nor a file.
/// </summary>
public sealed class VisitRecords(CaseScope scope, CaseVisitStore store, TimeProvider clock)
{
    public long MaxBytes => store.Files.MaxBytes;

    public async Task<List<VisitView>> ListAsync(Guid caseId, CancellationToken ct)
    {
        if (await scope.FindAsync(caseId, ct) is null)
        {
            return [];
        }

        var visits = await scope.Db.CaseVisits.AsNoTracking().Where(v => v.CaseId == caseId).ToListAsync(ct);
        var ids = visits.Select(v => v.Id).ToList();
        var files = await scope.Db.CaseVisitFiles.AsNoTracking().Where(f => ids.Contains(f.VisitId)).ToListAsync(ct);
        return [.. visits.OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.RecordedAt)
            .Select(v => new VisitView(v, [.. files.Where(f => f.VisitId == v.Id).OrderBy(f => f.UploadedAt).ThenBy(f => f.FileName, StringComparer.Ordinal)]))];
    }

    public async Task<Results<Created<CaseVisit>, ValidationProblem, ProblemHttpResult>> RecordAsync(Guid caseId, VisitInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await scope.FindAsync(caseId, ct) is not { } @case)
        {
            return Problems.NotFound();
        }

        if (!await scope.CanWorkOnAsync(@case, ct))
        {
            return Problems.ReadOnly();
        }

        if (@case.ClosedOn is not null)
        {
            return Problems.Conflict("此案已結案，不能再新增訪視紀錄。", "The case is closed; no more visits can be recorded.");
        }

        var errors = Check(input, @case.OpenedOn, TaipeiTime.Today(clock));
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var now = clock.GetUtcNow();
        var visit = new CaseVisit
        {
            Id = Guid.CreateVersion7(now), CaseId = caseId, VisitedOn = input.VisitedOn!.Value, PeoplePresent = input.PeoplePresent!.Trim(),
            Findings = input.Findings!.Trim(), NextSteps = input.NextSteps!.Trim(), RecordedByUserId = scope.Tenant.UserId, RecordedAt = now,
        };
        var stored = new List<string>();
        try
        {
            foreach (var file in input.Files)
            {
                var name = EvidenceService.SafeName(file.FileName);
                await using var content = file.Open();
                var saved = await store.Files.SaveAsync(content, name, ct);
                if (saved.Refusal != EvidenceRefusal.None)
                {
                    scope.Db.ChangeTracker.Clear();
                    Forget(stored);
                    return Refused(name, saved.Refusal);
                }

                stored.Add(saved.StoredName);
                scope.Db.CaseVisitFiles.Add(new CaseVisitFile
                {
                    Id = Guid.CreateVersion7(now), VisitId = visit.Id, FileName = name, ContentType = saved.ContentType, SizeBytes = saved.SizeBytes,
                    StoredPath = saved.StoredName, Sha256 = saved.Sha256, UploadedAt = now,
                });
            }

            scope.Db.CaseVisits.Add(visit);
            await scope.Db.SaveChangesAsync(ct);
        }
        catch
        {
            scope.Db.ChangeTracker.Clear();
            Forget(stored);
            throw;
        }

        return TypedResults.Created($"/cases/{caseId}#visit-{visit.Id}", visit);
    }

    /// <summary>A file of a visit the user may see, with its bytes, or null.</summary>
    public async Task<(CaseVisitFile File, Stream Content)?> OpenAsync(Guid fileId, CancellationToken ct)
    {
        var cases = await scope.CasesAsync(ct);
        var file = await (from f in scope.Db.CaseVisitFiles.AsNoTracking()
                          join v in scope.Db.CaseVisits on f.VisitId equals v.Id
                          where f.Id == fileId && cases.Any(c => c.Id == v.CaseId)
                          select f).SingleOrDefaultAsync(ct);
        return file is not null && store.Files.OpenRead(file.StoredPath) is { } stream ? (file, stream) : null;
    }

    private FieldErrors Check(VisitInput input, DateOnly openedOn, DateOnly today)
    {
        var errors = new FieldErrors();
        if (input.VisitedOn is not { } on)
        {
            errors.Add("visitedOn", "請填訪視日期。", "Give the date of the visit.");
        }
        else if (on > today)
        {
            errors.Add("visitedOn", "訪視日期不能晚於今天。", "The visit date cannot be after today.");
        }
        else if (on < openedOn)
        {
            errors.Add("visitedOn", "訪視日期不能早於開案日。", "The visit date cannot be before the case was opened.");
        }

        errors.Text("peoplePresent", input.PeoplePresent, 1000, required: true);
        errors.Text("findings", input.Findings, 4000, required: true);
        errors.Text("nextSteps", input.NextSteps, 2000, required: true);
        if (input.Files.Count > CaseVisitStore.MaxFiles)
        {
            errors.Add("files", $"每次訪視最多 {CaseVisitStore.MaxFiles} 個檔案。", $"At most {CaseVisitStore.MaxFiles} files per visit.");
        }
        else if (input.Files.FirstOrDefault(f => f.Length > MaxBytes) is { } large)
        {
            errors.Add("files", TooLargeZh(EvidenceService.SafeName(large.FileName)), TooLargeEn(EvidenceService.SafeName(large.FileName)));
        }

        return errors;
    }

    private ValidationProblem Refused(string name, EvidenceRefusal refusal)
    {
        var errors = new FieldErrors();
        if (refusal == EvidenceRefusal.TooLarge)
        {
            errors.Add("files", TooLargeZh(name), TooLargeEn(name));
        }
        else
        {
            errors.Add("files", $"「{name}」不是可接受的檔案類型：請上傳照片（JPEG、PNG）、PDF、Excel、Word、CSV 或純文字檔。",
                $"\"{name}\" is not an accepted kind of file: upload photos (JPEG, PNG), PDF, Excel, Word, CSV or plain text.");
        }

        return errors.ToResult();
    }

    private string TooLargeZh(string name) => $"「{name}」超過 {MaxBytes / 1024 / 1024} MB 的上限。";

    private string TooLargeEn(string name) => $"\"{name}\" is larger than the {MaxBytes / 1024 / 1024} MB limit.";

    private void Forget(List<string> stored)
    {
        foreach (var name in stored)
        {
            store.Files.Delete(name);
        }

        stored.Clear();
    }
}
