using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Tariffs;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Concurrency;

namespace Tanpan.Web.Features.Tariffs;

/// <summary>
/// The organisation's own tariff plans under <c>/api/v1/tariff-plans</c> (docs/api.md): owners, editors and viewers read,
/// owners and editors write, verifiers get 403. A plan is the CSV of one plan, checked by <see cref="UserTariffPlans.Parse"/>
/// (every problem listed, nothing stored on a bad plan); replacing it stores a new version. The pages under
/// <c>/tariffs/plans</c> call these handlers.
/// </summary>
public static partial class TariffPlansApi
{
    public const int PageSize = 50;

    /// <summary>Longest CSV accepted, characters (a full plan is about 2,000).</summary>
    public const int MaxCsvLength = 100_000;

    public static IEndpointRouteBuilder MapTariffPlansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/tariff-plans").RequireAuthorization().WithTags("Tariff plans");
        api.MapGet("", ListAsync);
        api.MapPost("", CreateAsync);
        api.MapGet("/{id:guid}", GetAsync);
        api.MapPut("/{id:guid}", ReplaceAsync);
        api.MapDelete("/{id:guid}", DeleteAsync);
        return app;
    }

    public static async Task<Results<Ok<OrganisationTariffPlansPage>, ProblemHttpResult>> ListAsync(
        TenantContext tenant, AppDbContext db, int page = 1, CancellationToken cancellationToken = default)
    {
        if (!tenant.CanRead())
        {
            return NoAccess();
        }

        if (QueryValues.Page(page) is { } badPage)
        {
            return badPage;
        }

        var total = await db.OrganisationTariffPlans.CountAsync(cancellationToken);
        var rows = await db.OrganisationTariffPlans.AsNoTracking().OrderBy(p => p.PlanId).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.PlanId).ToList();
        var uses = await db.Meters.Where(m => m.TariffPlanId != null && ids.Contains(m.TariffPlanId)).GroupBy(m => m.TariffPlanId!)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var items = rows.Select(r => new OrganisationTariffPlanSummary(r.Id, r.PlanId, r.NameZh, r.Version,
            OrganisationTariffs.Parse(r)?.Voltages.Select(TariffKeys.Key).ToList() ?? [], uses.GetValueOrDefault(r.PlanId), r.UpdatedAt)).ToList();
        return TypedResults.Ok(new OrganisationTariffPlansPage(items, page, PageSize, total));
    }

    /// <summary>The plan with its versions; the <c>ETag</c> is its version (If-Match on its PUT and DELETE).</summary>
    public static async Task<Results<Ok<OrganisationTariffPlanResponse>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext http, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!tenant.CanRead())
        {
            return NoAccess();
        }

        if (await db.OrganisationTariffPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } row)
        {
            return Problems.NotFound();
        }

        http.Response.Headers.ETag = EditVersions.ETagOf(row.Version);
        return TypedResults.Ok(await ResponseAsync(row, db, cancellationToken));
    }

    public static async Task<Results<Created<OrganisationTariffPlanResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        TariffPlanRequest request, TenantContext tenant, AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!tenant.CanWrite())
        {
            return tenant.CanRead() ? Problems.ReadOnly() : NoAccess();
        }

        var errors = new FieldErrors();
        var plan = Check(errors, request.Csv);
        if (plan is not null && await db.OrganisationTariffPlans.AnyAsync(p => p.PlanId == plan.Id, cancellationToken))
        {
            errors.Add("csv", $"已有代號為 {plan.Id} 的方案；要更新它請開啟該方案並上傳新版本。",
                $"A plan with id {plan.Id} already exists; open it and upload a new version to change it.");
        }

        if (errors.Any || plan is null)
        {
            return errors.ToResult();
        }

        var now = clock.GetUtcNow();
        var row = new OrganisationTariffPlan
        {
            Id = Guid.CreateVersion7(now), PlanId = plan.Id, NameZh = Name(plan), Version = 1, Csv = request.Csv!, CreatedAt = now, UpdatedAt = now,
        };
        db.OrganisationTariffPlans.Add(row);
        db.OrganisationTariffPlanVersions.Add(Version(row, tenant, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/tariff-plans/{row.Id}", await ResponseAsync(row, db, cancellationToken));
    }

    /// <summary>
    /// Stores the CSV as the plan's next version (its <c>plan_id</c> must stay the same); an identical CSV changes nothing.
    /// Figures computed on demand (dashboards, cost, the simulator) use the new version from now on; nothing stored is recomputed.
    /// </summary>
    public static async Task<Results<Ok<OrganisationTariffPlanResponse>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        Guid id, TariffPlanRequest request, HttpContext http, TenantContext tenant, AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(http);
        if (!tenant.CanWrite())
        {
            return tenant.CanRead() ? Problems.ReadOnly() : NoAccess();
        }

        if (await db.OrganisationTariffPlans.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } row)
        {
            return Problems.NotFound();
        }

        if (http.IsStale(row.Version))
        {
            return await StaleAsync(http, db, row, cancellationToken);
        }

        var errors = new FieldErrors();
        var plan = Check(errors, request.Csv);
        if (plan is not null && plan.Id != row.PlanId)
        {
            errors.Add("csv", $"新版本的 plan_id 須仍為 {row.PlanId}（檔案中為 {plan.Id}）；要用新代號請另建方案。",
                $"The new version's plan_id must stay {row.PlanId} (the file has {plan.Id}); add a new plan for a new id.");
        }

        if (errors.Any || plan is null)
        {
            return errors.ToResult();
        }

        if (request.Csv != row.Csv)
        {
            var now = clock.GetUtcNow();
            row.Version++;
            row.Csv = request.Csv!;
            row.NameZh = Name(plan);
            row.UpdatedAt = now;
            db.OrganisationTariffPlanVersions.Add(Version(row, tenant, now));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another upload saved a version since this one was read (the concurrency token, or the version's unique key).
                db.ChangeTracker.Clear();
                return await db.OrganisationTariffPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is { } fresh
                    ? await StaleAsync(http, db, fresh, cancellationToken)
                    : Problems.NotFound();
            }
        }

        http.Response.Headers.ETag = EditVersions.ETagOf(row.Version);
        return TypedResults.Ok(await ResponseAsync(row, db, cancellationToken));
    }

    /// <summary>Deletes the plan with its versions; refused (409, naming the meters) while a meter uses it.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, HttpContext http, TenantContext tenant, AppDbContext db,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!tenant.CanWrite())
        {
            return tenant.CanRead() ? Problems.ReadOnly() : NoAccess();
        }

        if (await db.OrganisationTariffPlans.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } row)
        {
            return Problems.NotFound();
        }

        if (http.IsStale(row.Version))
        {
            return await StaleAsync(http, db, row, cancellationToken);
        }

        var meters = await MetersUsingAsync(db, row.PlanId, cancellationToken);
        if (meters.Count > 0)
        {
            return Problems.Conflict($"電表 {string.Join("、", meters)} 仍使用方案 {row.PlanId}，請先為它們改選其他方案再刪除。",
                $"Meter(s) {string.Join(", ", meters)} still use plan {row.PlanId}; choose another plan for them before deleting it.");
        }

        db.OrganisationTariffPlans.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The one plan of the CSV, or null with every problem added (field <c>csv</c>, per line where the parser knows it).</summary>
    private static TariffPlan? Check(FieldErrors errors, string? csv)
    {
        if (string.IsNullOrWhiteSpace(csv))
        {
            errors.Add("csv", "請上傳或輸入方案的 CSV。", "Upload or type the plan's CSV.");
            return null;
        }

        if (csv.Length > MaxCsvLength)
        {
            errors.Add("csv", $"CSV 最多 {MaxCsvLength:N0} 字。", $"The CSV may have at most {MaxCsvLength:N0} characters.");
            return null;
        }

        var (plans, problems) = UserTariffPlans.Parse(csv);
        foreach (var p in problems)
        {
            errors.Add("csv", p.MessageZh, p.MessageEn);
        }

        if (problems.Count > 0)
        {
            return null;
        }

        if (plans.Count != 1)
        {
            var ids = string.Join(", ", plans.Select(p => p.Id));
            errors.Add("csv", $"一個檔案只能有一個方案（找到 {plans.Count} 個：{ids}）。", $"One file holds one plan (found {plans.Count}: {ids}).");
            return null;
        }

        var plan = plans[0];
        if (!PlanIdPattern().IsMatch(plan.Id))
        {
            errors.Add("csv", $"方案代號「{plan.Id}」只能用小寫英文字母、數字、_ 與 -（最多 100 字）。",
                $"The plan id '{plan.Id}' may use only lower-case letters, digits, _ and - (at most 100 characters).");
        }
        else if (TariffLibrary.Shipped.Find(plan.Id) is not null)
        {
            errors.Add("csv", $"方案代號 {plan.Id} 是內建台電方案的代號，請換一個。", $"The plan id {plan.Id} is a shipped Taipower plan's; choose another.");
        }

        return errors.Any ? null : plan;
    }

    private static string Name(TariffPlan plan) => plan.NameZh.Length is > 0 and <= 200 ? plan.NameZh : plan.Id;

    private static OrganisationTariffPlanVersion Version(OrganisationTariffPlan row, TenantContext tenant, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), TariffPlanId = row.Id, Version = row.Version, Csv = row.Csv, CreatedByUserId = tenant.UserId, CreatedAt = now,
    };

    /// <summary>412: the plan has a newer version than the writer named; who uploaded it and when come from its version row.</summary>
    private static async Task<ProblemHttpResult> StaleAsync(HttpContext http, AppDbContext db, OrganisationTariffPlan row, CancellationToken cancellationToken)
    {
        var last = await db.OrganisationTariffPlanVersions.AsNoTracking().Where(v => v.TariffPlanId == row.Id && v.Version == row.Version)
            .Select(v => new { v.CreatedByUserId, v.CreatedAt }).FirstOrDefaultAsync(cancellationToken);
        var by = last?.CreatedByUserId is Guid userId
            ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        return EditVersions.Stale(http, row.Version, await ResponseAsync(row, db, cancellationToken), last is null ? null : new LastChange(by, last.CreatedAt));
    }

    private static Task<List<string>> MetersUsingAsync(AppDbContext db, string planId, CancellationToken cancellationToken) =>
        db.Meters.AsNoTracking().Where(m => m.TariffPlanId == planId).OrderBy(m => m.Name).Select(m => m.Name).ToListAsync(cancellationToken);

    private static async Task<OrganisationTariffPlanResponse> ResponseAsync(OrganisationTariffPlan row, AppDbContext db, CancellationToken cancellationToken)
    {
        var shape = TariffsApi.ToResponse(OrganisationTariffs.Parse(row)!);
        var versions = await db.OrganisationTariffPlanVersions.AsNoTracking().Where(v => v.TariffPlanId == row.Id).OrderByDescending(v => v.Version)
            .Select(v => new TariffPlanVersionResponse(v.Version, v.CreatedAt, v.CreatedByUserId, v.Csv)).ToListAsync(cancellationToken);
        return new OrganisationTariffPlanResponse(row.Id, row.PlanId, row.NameZh, row.Version, shape.Voltages, shape.SummerDates, shape.Rates, row.Csv,
            await MetersUsingAsync(db, row.PlanId, cancellationToken), versions, row.CreatedAt, row.UpdatedAt);
    }

    private static ProblemHttpResult NoAccess() => Problems.Of(StatusCodes.Status403Forbidden,
        "您的角色不能檢視電價方案。", "Your role cannot see tariff plans.");

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlanIdPattern();
}
