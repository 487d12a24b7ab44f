using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Time;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.ProgrammeCases;

/// <summary>
/// Moving a case between its stages and editing their due dates (docs/programme-cases.md, "Stages"). The case's team
/// and the agency's owners and editors move stages; only the agency edits due dates. A move is a change of the audited
/// case row (and its stage rows), under the case's row version, so the audit trail keeps who moved it and when, and a
/// move based on a stale page is refused. Moving to 結案 records <see cref="ProgrammeCase.ClosedOn"/> (today in Taiwan
/// time); moving back from it clears it.
/// </summary>
public sealed class CaseWork(CaseScope scope, TimeProvider clock)
{
    public async Task<List<ProgrammeCaseStage>> StagesAsync(Guid caseId, CancellationToken ct) =>
        await scope.Db.ProgrammeCaseStages.AsNoTracking().Where(s => s.CaseId == caseId).OrderBy(s => s.Position).ToListAsync(ct);

    public async Task<Results<Ok<ProgrammeCase>, ValidationProblem, ProblemHttpResult>> MoveAsync(Guid caseId, string? stageKey, int rowVersion, CancellationToken ct)
    {
        if (await scope.FindAsync(caseId, ct) is not { } @case)
        {
            return Problems.NotFound();
        }

        if (!await scope.CanWorkOnAsync(@case, ct))
        {
            return Problems.ReadOnly();
        }

        var stages = await scope.Db.ProgrammeCaseStages.Where(s => s.CaseId == caseId).OrderBy(s => s.Position).ToListAsync(ct);
        if (stages.FirstOrDefault(s => s.Key == stageKey) is not { } target)
        {
            return Problems.Invalid("stage", "請選擇此案的一個階段。", "Choose one of the case's stages.");
        }

        if (@case.RowVersion != rowVersion)
        {
            return Stale();
        }

        var today = TaipeiTime.Today(clock);
        foreach (var stage in stages)
        {
            stage.CompletedOn = stage.Position < target.Position ? stage.CompletedOn ?? today : null;
        }

        @case.StageKey = target.Key;
        @case.ClosedOn = target.Key == CaseStages.Closed ? @case.ClosedOn ?? today : null;
        if (target.Key == CaseStages.Closed)
        {
            target.CompletedOn = today;
        }

        return await SaveAsync(@case, ct);
    }

    /// <summary>Sets every stage's due date at once (all valid, or nothing changes).</summary>
    public async Task<Results<Ok<ProgrammeCase>, ValidationProblem, ProblemHttpResult>> SetDueDatesAsync(
        Guid caseId, IReadOnlyDictionary<string, DateOnly?> dueOn, int rowVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dueOn);
        if (await scope.FindAsync(caseId, ct) is not { } @case)
        {
            return Problems.NotFound();
        }

        if (!scope.IsAgencyWriter)
        {
            return Problems.ReadOnly();
        }

        var stages = await scope.Db.ProgrammeCaseStages.Where(s => s.CaseId == caseId).OrderBy(s => s.Position).ToListAsync(ct);
        var errors = new FieldErrors();
        foreach (var stage in stages)
        {
            if (dueOn.GetValueOrDefault(stage.Key) is not { } day)
            {
                errors.Add($"due-{stage.Key}", "請填到期日。", "Give the due date.");
            }
            else if (day < @case.OpenedOn)
            {
                errors.Add($"due-{stage.Key}", "到期日不能早於開案日。", "The due date cannot be before the case was opened.");
            }
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        if (@case.RowVersion != rowVersion)
        {
            return Stale();
        }

        foreach (var stage in stages)
        {
            stage.DueOn = dueOn[stage.Key]!.Value;
        }

        // The case row carries the version: raising it makes two edits of the dates collide like two moves.
        @case.RowVersion++;
        return await SaveAsync(@case, ct);
    }

    private async Task<Results<Ok<ProgrammeCase>, ValidationProblem, ProblemHttpResult>> SaveAsync(ProgrammeCase @case, CancellationToken ct)
    {
        try
        {
            await scope.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            scope.Db.ChangeTracker.Clear();
            return Stale();
        }

        return TypedResults.Ok(@case);
    }

    private static ProblemHttpResult Stale() =>
        Problems.Conflict("此案已被他人更新；請重新載入頁面後再試。", "Someone else changed this case; reload the page and try again.");
}
