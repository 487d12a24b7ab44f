using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Inventories;

public static partial class InventoriesApi
{
    private static readonly JsonSerializerOptions AuditJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    /// <summary>App setting: the base-year recalculation threshold in percent of the base-year total (default 5).</summary>
    public const string ThresholdSetting = "Inventories:BaseYearRecalculationThresholdPercent";

    /// <summary>Before/after per source of moving the inventory to other factor and GWP sets; changes nothing (every member may look).</summary>
    public static async Task<Results<Ok<RecalculationPreview>, ValidationProblem, ProblemHttpResult>> PreviewRecalculationAsync(
        Guid id, RecalculationRequest request, AppDbContext db, FactorLibrary library, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (await db.InventoryYears.AsNoTracking().SingleOrDefaultAsync(y => y.Id == id, cancellationToken) is not { } year)
        {
            return Problems.NotFound();
        }

        var (preview, problem) = await PreviewAsync(year, request, db, library, configuration, cancellationToken);
        return preview is not null ? TypedResults.Ok(preview) : problem!.Value.Validation is { } invalid ? invalid : problem.Value.Problem!;
    }

    /// <summary>
    /// Moves the inventory to other sets (owner or editor, open inventory): the one way its pinned sets change once it
    /// has activity data. Records an audit entry <c>Recalculation</c> with the totals and the per-source diff.
    /// </summary>
    public static async Task<Results<Ok<RecalculationPreview>, ValidationProblem, ProblemHttpResult>> RecalculateAsync(
        Guid id, RecalculationRequest request, TenantContext tenant, AppDbContext db, FactorLibrary library, IConfiguration configuration,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await WritableInventoryAsync(id, tenant, db, cancellationToken) is var (year, writable) && year is null)
        {
            return writable!;
        }

        var (preview, problem) = await PreviewAsync(year, request, db, library, configuration, cancellationToken);
        if (preview is null)
        {
            return problem!.Value.Validation is { } invalid ? invalid : problem.Value.Problem!;
        }

        (year.FactorSetId, year.GwpSetId) = (preview.ToFactorSetId, preview.ToGwpSetId);
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = year.OrganisationId,
            InventoryYearId = year.Id,
            EntityType = "Recalculation",
            EntityId = year.Id,
            Action = AuditAction.Update,
            UserId = tenant.UserId,
            At = clock.GetUtcNow(),
            OldValues = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["FactorSetId"] = preview.FromFactorSetId, ["GwpSetId"] = preview.FromGwpSetId, ["TotalKilograms"] = preview.BeforeKilograms,
            }, AuditJson),
            NewValues = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["FactorSetId"] = preview.ToFactorSetId, ["GwpSetId"] = preview.ToGwpSetId, ["TotalKilograms"] = preview.AfterKilograms,
                ["ChangeKilograms"] = preview.ChangeKilograms, ["ChangePercent"] = preview.ChangePercent,
                ["BaseYearRecalculationRequired"] = preview.BaseYearRecalculationRequired,
                ["Sources"] = string.Join("; ", preview.Sources.Where(s => s.ChangeKilograms != 0).Select(s => string.Create(CultureInfo.InvariantCulture,
                    $"{s.Facility} {s.Process ?? s.Equipment} {s.MaterialName}: {s.BeforeKilograms} → {s.AfterKilograms} kg"))),
            }, AuditJson),
        });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(preview);
    }

    /// <summary>The structural-change check against the base year (<see cref="BaseYearStructure"/>); every member may look.</summary>
    public static async Task<Results<Ok<StructuralChangeCheck>, ProblemHttpResult>> GetBaseYearCheckAsync(
        Guid id, BaseYearStructure structure, CancellationToken cancellationToken) =>
        await structure.CheckAsync(id, cancellationToken) is { } check ? TypedResults.Ok(check) : Problems.NotFound();

    /// <summary>A plain update may not move an inventory with activity data to other sets (that is a recalculation).</summary>
    internal static void RefuseSetChange(FieldErrors errors, string field)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Add(field,
            "此盤查年度已有活動數據，更換係數集或 GWP 版本會改寫已計算的排放量；請使用「重新計算」（POST /api/v1/inventories/{id}/recalculate），先預覽各排放源的差異再套用。",
            "This inventory has activity data, so moving it to another factor or GWP set would rewrite its emissions; use recalculation (POST /api/v1/inventories/{id}/recalculate), which previews the change per source before applying it.");
    }

    private static async Task<(RecalculationPreview? Preview, (ValidationProblem? Validation, ProblemHttpResult? Problem)? Problem)> PreviewAsync(
        InventoryYear year, RecalculationRequest request, AppDbContext db, FactorLibrary library, IConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var to = (Set: request.FactorSetId ?? year.FactorSetId, Gwp: request.GwpSetId ?? year.GwpSetId);
        if (library.FindSet(to.Set) is null)
        {
            errors.Add("factorSetId", $"不明的係數集「{to.Set}」（可用：{string.Join("、", library.Sets.Select(s => s.Id))}）。",
                $"Unknown factor set '{to.Set}' (known: {string.Join(", ", library.Sets.Select(s => s.Id))}).");
        }

        if (library.FindGwpSet(to.Gwp) is null)
        {
            errors.Add("gwpSetId", $"不明的 GWP 版本「{to.Gwp}」（可用：{string.Join("、", library.GwpSets.Keys)}）。",
                $"Unknown GWP set '{to.Gwp}' (known: {string.Join(", ", library.GwpSets.Keys)}).");
        }

        if (errors.Any)
        {
            return (null, (errors.ToResult(), null));
        }

        var before = await ResultsCalculation.RunAsync(year.Id, year.FactorSetId, year.GwpSetId, db, library, cancellationToken);
        var after = await ResultsCalculation.RunAsync(year.Id, to.Set, to.Gwp, db, library, cancellationToken);
        if (before.Results is not { } b || after.Results is not { } a)
        {
            return (null, (null, Unprocessable([.. before.Issues, .. after.Issues])));
        }

        var sources = await db.EmissionSources.AsNoTracking().Where(s => s.InventoryYearId == year.Id).Select(s => s.Id).ToListAsync(cancellationToken);
        var was = b.Sources.ToDictionary(s => s.SourceId);
        var now = a.Sources.ToDictionary(s => s.SourceId);
        var changes = sources.Where(s => was.ContainsKey(s) || now.ContainsKey(s)).Select(s =>
        {
            var info = now.GetValueOrDefault(s) ?? was[s];
            var (x, y) = (was.GetValueOrDefault(s)?.Kilograms ?? 0, now.GetValueOrDefault(s)?.Kilograms ?? 0);
            return new SourceChange(s, info.Facility, info.Process, info.Equipment, info.MaterialKey, info.MaterialName, x, y, y - x);
        }).OrderByDescending(c => Math.Max(c.BeforeKilograms, c.AfterKilograms)).ThenBy(c => c.SourceId).ToList();

        var threshold = configuration.GetValue<decimal?>(ThresholdSetting) ?? 5m;
        var change = a.TotalKilograms - b.TotalKilograms;
        decimal? percent = b.TotalKilograms == 0 ? null : change / b.TotalKilograms * 100m;
        var required = year.IsBaseYear && (percent is { } p ? Math.Abs(p) > threshold : change != 0);
        return (new RecalculationPreview(year.FactorSetId, year.GwpSetId, to.Set, to.Gwp, b.TotalKilograms, a.TotalKilograms, change, percent,
            year.IsBaseYear, threshold, required, changes), null);
    }
}
