using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Core.Gases;
using Tanpan.Core.Sources;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Concurrency;

namespace Tanpan.Web.Features.Inventories;

public static partial class InventoriesApi
{
    /// <summary>S at or above this makes a category 3–6 source significant (重大排放源); see <see cref="SignificanceRule"/>.</summary>
    public const int SignificanceThreshold = SignificanceRule.Threshold;

    /// <param name="results">Gives each source its R, C, P as used (<see cref="SourceAssessments"/>); without it (a page that only
    /// needs the names) <see cref="SourceResponse.Assessment"/> is null.</param>
    public static async Task<Results<Ok<List<SourceResponse>>, ProblemHttpResult>> ListSourcesAsync(
        Guid id, AppDbContext db, FactorLibrary library, CancellationToken cancellationToken, InventoryResultsService? results = null)
    {
        if (!await db.InventoryYears.AnyAsync(y => y.Id == id, cancellationToken))
        {
            return Problems.NotFound();
        }

        var sources = await db.EmissionSources.Where(s => s.InventoryYearId == id).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var scores = results is null ? null : await SourceAssessments.ForAsync(id, sources, db, results, cancellationToken);
        return TypedResults.Ok(sources.Select(s => Response(s, library, scores?[s.Id])).ToList());
    }

    public static async Task<Results<Ok<SourceResponse>, ProblemHttpResult>> GetSourceAsync(
        Guid id, Guid sourceId, HttpContext http, AppDbContext db, FactorLibrary library, InventoryResultsService results, CancellationToken cancellationToken)
    {
        if (await db.EmissionSources.SingleOrDefaultAsync(s => s.Id == sourceId && s.InventoryYearId == id, cancellationToken) is not { } source)
        {
            return Problems.NotFound();
        }

        http.Tag(source);
        return TypedResults.Ok(await AssessedAsync(source, library, db, results, cancellationToken));
    }

    /// <param name="results">Gives the answer the source's R, C, P as used; null (the first answer's conversion) leaves <see cref="SourceResponse.Assessment"/> null.</param>
    public static async Task<Results<Created<SourceResponse>, ValidationProblem, ProblemHttpResult>> CreateSourceAsync(
        Guid id, SourceRequest request, TenantContext tenant, AppDbContext db, FactorLibrary library, CancellationToken cancellationToken,
        InventoryResultsService? results = null)
    {
        if (await WritableInventoryAsync(id, tenant, db, cancellationToken) is var (year, problem) && year is null)
        {
            return problem!;
        }

        var source = new EmissionSource { Id = Guid.CreateVersion7(), InventoryYearId = id, MaterialKey = "", Gases = "" };
        if (await ApplyAsync(source, year, request, db, library, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        db.EmissionSources.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/inventories/{id}/sources/{source.Id}", await AssessedAsync(source, library, db, results, cancellationToken));
    }

    public static async Task<Results<Ok<SourceResponse>, ValidationProblem, ProblemHttpResult>> UpdateSourceAsync(
        Guid id, Guid sourceId, SourceRequest request, HttpContext http, TenantContext tenant, AppDbContext db, FactorLibrary library,
        InventoryResultsService results, CancellationToken cancellationToken)
    {
        if (await WritableSourceAsync(id, sourceId, tenant, db, cancellationToken) is var (source, problem) && source is null)
        {
            return problem!;
        }

        if (http.IsStale(source))
        {
            return await EditVersions.StaleAsync(http, db, source, Response(source, library), cancellationToken);
        }

        if (await ApplyAsync(source, source.InventoryYear!, request, db, library, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        if (await EditVersions.SaveAsync(http, db, source, s => Response(s, library), cancellationToken) is { } stale)
        {
            return stale;
        }

        http.Tag(source);
        return TypedResults.Ok(await AssessedAsync(source, library, db, results, cancellationToken));
    }

    /// <summary>Deletes the source with its activity entries (each audited).</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteSourceAsync(
        Guid id, Guid sourceId, HttpContext http, TenantContext tenant, AppDbContext db, FactorLibrary library, CancellationToken cancellationToken)
    {
        if (await WritableSourceAsync(id, sourceId, tenant, db, cancellationToken) is var (source, problem) && source is null)
        {
            return problem!;
        }

        if (http.IsStale(source))
        {
            return await EditVersions.StaleAsync(http, db, source, Response(source, library), cancellationToken);
        }

        // Loaded so that each entry's delete is audited, not only the source's.
        db.ActivityEntries.RemoveRange(await db.ActivityEntries.Where(a => a.EmissionSourceId == sourceId).ToListAsync(cancellationToken));
        db.EmissionSources.Remove(source);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The source (with its inventory) when the caller may write and the inventory is open.</summary>
    private static async Task<(EmissionSource? Source, ProblemHttpResult? Problem)> WritableSourceAsync(
        Guid id, Guid sourceId, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        if (await WritableInventoryAsync(id, tenant, db, cancellationToken) is var (year, problem) && year is null)
        {
            return (null, problem);
        }

        var source = await db.EmissionSources.SingleOrDefaultAsync(s => s.Id == sourceId && s.InventoryYearId == id, cancellationToken);
        return source is null ? (null, Problems.NotFound()) : (source, null);
    }

    private static async Task<ValidationProblem?> ApplyAsync(
        EmissionSource source, InventoryYear year, SourceRequest request, AppDbContext db, FactorLibrary library, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (request.FacilityId is not Guid facilityId || !await db.Facilities.AnyAsync(f => f.Id == facilityId, cancellationToken))
        {
            errors.Add("facilityId", "請選擇本組織的廠區。", "Choose one of the organisation's facilities.");
        }

        var process = errors.Text("process", request.Process, 200);
        var equipment = errors.Text("equipment", request.Equipment, 200);
        var equipmentType = errors.Text("equipmentType", request.EquipmentType, 100);
        var type = SourceTypes.Parse(request.SourceType);
        if (type is null)
        {
            errors.Add("sourceType", "排放型式須為固定燃燒、移動燃燒、製程、逸散、外購電力或外購蒸汽。",
                "The source type must be stationary, mobile, process, fugitive, electricity or steam.");
        }

        var material = library.Materials.Find(request.Material);
        if (material is null)
        {
            errors.Add("material", $"不明的原燃物料「{request.Material}」。", $"Unknown material '{request.Material}'.");
        }

        if (request.Category is not null and not (>= IsoCategories.First and <= IsoCategories.Last))
        {
            errors.Add("category", "ISO 14064-1 類別須為 1–6。", "The ISO 14064-1 category must be 1 to 6.");
        }

        foreach (var (field, value) in new[] { ("significanceR", request.SignificanceR), ("significanceC", request.SignificanceC), ("significanceP", request.SignificanceP) })
        {
            if (value is not null and not (>= 1 and <= 5))
            {
                errors.Add(field, "評分須為 1–5。", "The score must be 1 to 5.");
            }
        }

        // The material, type and equipment type must give a factor in the pinned set, or the results cannot be calculated.
        FactorResolution? resolution = null;
        if (type is not null && material is not null)
        {
            resolution = library.Resolve(new FactorRequest(material, type.Value, year.Year, equipmentType), library.FindSet(year.FactorSetId)!, []);
            if (resolution.Problem is { } p)
            {
                errors.Add(p.Column switch { "equipment_type" => "equipmentType", "source_type" => "sourceType", "year" => "material", _ => "material" },
                    p.MessageZh, p.MessageEn);
            }
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        source.FacilityId = request.FacilityId!.Value;
        (source.Process, source.Equipment, source.EquipmentType) = (process, equipment, equipmentType);
        source.SourceType = type!.Value;
        source.MaterialKey = material!.Key;
        source.Category = request.Category ?? SourceTypes.Category(type.Value);
        source.Gases = GasesOf(resolution!.Factor!);
        (source.SignificanceR, source.SignificanceC, source.SignificanceP) = (request.SignificanceR, request.SignificanceC, request.SignificanceP);
        source.RequiredByLawOrCustomer = request.RequiredByLawOrCustomer ?? false;
        return null;
    }

    /// <summary>The gas groups a source emits, as stored in <see cref="EmissionSource.Gases"/> (also used by the import).</summary>
    internal static string GasesOf(EmissionFactor factor) =>
        string.Join(",", factor.Gases.Select(g => GasSpecies.GroupOf(g.Species)?.ToString() ?? g.Species).Distinct());

    private static async Task<SourceResponse> AssessedAsync(
        EmissionSource source, FactorLibrary library, AppDbContext db, InventoryResultsService? results, CancellationToken cancellationToken) =>
        Response(source, library, results is null ? null : (await SourceAssessments.ForAsync(source.InventoryYearId, [source], db, results, cancellationToken))[source.Id]);

    /// <summary>The source with its significance by <paramref name="scores"/> (the R, C, P used), or by its own scores alone when null.</summary>
    private static SourceResponse Response(EmissionSource s, FactorLibrary library, SignificanceScores? scores = null)
    {
        var score = scores?.Score ?? s.Significance;
        return new(
            s.Id, s.FacilityId, s.Process, s.Equipment, s.EquipmentType, SourceTypes.Key(s.SourceType), s.MaterialKey,
            library.Materials.FindByKey(s.MaterialKey)?.NameZh ?? s.MaterialKey, s.Category, s.Gases,
            s.SignificanceR, s.SignificanceC, s.SignificanceP, score, s.RequiredByLawOrCustomer,
            SignificanceRule.IsSignificant(s.Category, score, s.RequiredByLawOrCustomer),
            scores is { } used ? SourceAssessments.ToResponse(used) : null);
    }
}
