using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Units;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Concurrency;

namespace Tanpan.Web.Features.Inventories;

public static partial class InventoriesApi
{
    public static async Task<Results<Ok<List<ActivityResponse>>, ProblemHttpResult>> ListActivityAsync(
        Guid id, Guid sourceId, AppDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.EmissionSources.AnyAsync(s => s.Id == sourceId && s.InventoryYearId == id, cancellationToken))
        {
            return InventoryProblems.NotFound();
        }

        var entries = await db.ActivityEntries.Where(a => a.EmissionSourceId == sourceId && a.InventoryYearId == id)
            .OrderBy(a => a.Year).ThenBy(a => a.Month).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var overlaps = await Meters.MeterOverlaps.FindAsync(db, id, sourceId, cancellationToken);
        return TypedResults.Ok(entries.Select(e => WithWarnings(Response(e), overlaps)).ToList());
    }

    public static async Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> GetActivityAsync(
        Guid id, Guid sourceId, Guid entryId, HttpContext http, AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.ActivityEntries.SingleOrDefaultAsync(a => a.Id == entryId && a.EmissionSourceId == sourceId && a.InventoryYearId == id, cancellationToken) is not { } entry)
        {
            return InventoryProblems.NotFound();
        }

        http.Tag(entry);
        return TypedResults.Ok(Response(entry));
    }

    public static async Task<Results<Created<ActivityResponse>, ValidationProblem, ProblemHttpResult>> CreateActivityAsync(
        Guid id, Guid sourceId, ActivityRequest request, TenantContext tenant, AppDbContext db, FactorLibrary library, CancellationToken cancellationToken)
    {
        if (await WritableSourceAsync(id, sourceId, tenant, db, cancellationToken) is var (source, problem) && source is null)
        {
            return problem!;
        }

        var entry = new ActivityEntry { Id = Guid.CreateVersion7(), InventoryYearId = id, EmissionSourceId = sourceId, Unit = "" };
        var errors = new FieldErrors();
        if (!Apply(entry, source, request, library, errors))
        {
            return errors.ToResult();
        }

        db.ActivityEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/inventories/{id}/sources/{sourceId}/activity/{entry.Id}",
            WithWarnings(Response(entry), await Meters.MeterOverlaps.FindAsync(db, id, sourceId, cancellationToken)));
    }

    public static async Task<Results<Ok<ActivityResponse>, ValidationProblem, ProblemHttpResult>> UpdateActivityAsync(
        Guid id, Guid sourceId, Guid entryId, ActivityRequest request, HttpContext http, TenantContext tenant, AppDbContext db, FactorLibrary library,
        CancellationToken cancellationToken)
    {
        if (await WritableEntryAsync(id, sourceId, entryId, tenant, db, cancellationToken) is var (entry, problem) && entry is null)
        {
            return problem!;
        }

        if (http.IsStale(entry))
        {
            return await EditVersions.StaleAsync(http, db, entry, Response(entry), cancellationToken);
        }

        var errors = new FieldErrors();
        if (!Apply(entry, entry.EmissionSource!, request, library, errors))
        {
            return errors.ToResult();
        }

        if (await EditVersions.SaveAsync(http, db, entry, Response, cancellationToken) is { } stale)
        {
            return stale;
        }

        http.Tag(entry);
        return TypedResults.Ok(WithWarnings(Response(entry), await Meters.MeterOverlaps.FindAsync(db, id, sourceId, cancellationToken)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteActivityAsync(
        Guid id, Guid sourceId, Guid entryId, HttpContext http, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        if (await WritableEntryAsync(id, sourceId, entryId, tenant, db, cancellationToken) is var (entry, problem) && entry is null)
        {
            return problem!;
        }

        if (http.IsStale(entry))
        {
            return await EditVersions.StaleAsync(http, db, entry, Response(entry), cancellationToken);
        }

        db.ActivityEntries.Remove(entry);
        if (await EditVersions.SaveAsync(http, db, entry, Response, cancellationToken) is { } stale)
        {
            return stale;
        }

        return TypedResults.NoContent();
    }

    /// <summary>The entry (with its source) when the caller may write and the inventory is open; also used by the evidence API.</summary>
    internal static async Task<(ActivityEntry? Entry, ProblemHttpResult? Problem)> WritableEntryAsync(
        Guid id, Guid sourceId, Guid entryId, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        if (await WritableSourceAsync(id, sourceId, tenant, db, cancellationToken) is var (source, problem) && source is null)
        {
            return (null, problem);
        }

        var entry = await db.ActivityEntries.SingleOrDefaultAsync(a => a.Id == entryId && a.EmissionSourceId == sourceId && a.InventoryYearId == id, cancellationToken);
        return entry is null ? (null, InventoryProblems.NotFound()) : (entry, null);
    }

    /// <summary>Checks the request and, when every field is right, copies it to the entry. Fields are named <paramref name="prefix"/> + name.</summary>
    private static bool Apply(ActivityEntry entry, EmissionSource source, ActivityRequest request, FactorLibrary library, FieldErrors errors, string prefix = "")
    {
        var local = new FieldErrors();
        if (request.Year is not (>= 1990 and <= 2100))
        {
            local.Add(prefix + "year", "年度須為西元 1990–2100。", "The year must be between 1990 and 2100 AD.");
        }

        if (request.Month is not null and not (>= 1 and <= 12))
        {
            local.Add(prefix + "month", "月份須為 1–12，或留空表示全年。", "The month must be 1 to 12, or empty for a whole year.");
        }

        var estimate = Estimate(request, local, prefix);
        if (request.AmountPaidNtd is null && request.UnitPriceNtd is null && (request.Amount is not decimal amount || amount < 0))
        {
            local.Add(prefix + "amount", "活動數據須為 0 或正數。", "The amount must be zero or more.");
        }

        var unitText = local.Text(prefix + "unit", request.Unit, 20, required: true);
        var material = library.Materials.FindByKey(source.MaterialKey);
        if (unitText is not null && UnitResolver.Resolve(unitText, ActivityRowReader.DuMeaning(material)) is null)
        {
            local.Add(prefix + "unit", UnitResolver.IsDu(unitText)
                    ? $"「{unitText}」只用於電力（kWh）或管線燃氣（m³），不適用於「{material?.NameZh}」。"
                    : $"不明的單位「{unitText}」。",
                UnitResolver.IsDu(unitText)
                    ? $"'{unitText}' means kWh for electricity or m³ for piped gas; it does not fit {material?.NameEn}."
                    : $"Unknown unit '{unitText}'.");
        }

        var dataSource = local.Text(prefix + "dataSourceMethod", request.DataSourceMethod, 100);
        var note = local.Text(prefix + "note", request.Note, 1000);
        if (local.Any)
        {
            errors.AddRange(local);
            return false;
        }

        (entry.Year, entry.Month, entry.Unit, entry.Note) = (request.Year!.Value, request.Month, unitText!, note);
        (entry.Amount, entry.DataSourceMethod) = estimate is { } e ? (e, MoneyEstimate) : (request.Amount!.Value, dataSource);
        (entry.AmountPaidNtd, entry.UnitPriceNtd) = estimate is null ? (null, null) : (request.AmountPaidNtd, request.UnitPriceNtd);
        return true;
    }

    /// <summary>The data source of an amount estimated from NT$ paid; Core's quality grading maps it to its (low) levels.</summary>
    public const string MoneyEstimate = "採購金額回推用量";

    /// <summary>
    /// The amount of a receipt without a quantity: paid ÷ unit price, rounded half to even to 10 decimals (what the
    /// database keeps); null when neither is given (or either is wrong, with the field's message).
    /// </summary>
    internal static decimal? Estimate(ActivityRequest request, FieldErrors errors, string prefix = "")
    {
        var (paid, price) = (request.AmountPaidNtd, request.UnitPriceNtd);
        if (paid is null && price is null)
        {
            return null;
        }

        if (paid is null)
        {
            errors.Add(prefix + "amountPaidNtd", "以金額回推用量時須填寫支付金額（新臺幣）。", "To estimate from money paid, give the amount paid (NT$).");
        }
        else if (paid < 0)
        {
            errors.Add(prefix + "amountPaidNtd", "支付金額須為 0 或正數。", "The amount paid must be zero or more.");
        }

        if (price is null)
        {
            errors.Add(prefix + "unitPriceNtd", "以金額回推用量時須填寫單價（新臺幣／單位）。", "To estimate from money paid, give the unit price (NT$ per unit).");
        }
        else if (price <= 0)
        {
            errors.Add(prefix + "unitPriceNtd", "單價須大於 0。", "The unit price must be more than zero.");
        }

        if (request.Amount is not null)
        {
            errors.Add(prefix + "amount", "以金額回推用量時，活動數據由系統計算，請留空。", "When estimating from money paid, leave the amount empty: it is calculated.");
        }

        return paid is >= 0 && price is > 0 && request.Amount is null ? Math.Round(paid.Value / price.Value, 10, MidpointRounding.ToEven) : null;
    }

    /// <summary>
    /// The entry with a <c>meter_month</c> warning when it is part of an overlap: a hand-typed or imported entry in a month a
    /// linked meter fills, or the meter's entry of such a month. Saved all the same: a broken meter's month may need a
    /// typed value, and an import must not fail on it; the warning stays on the source page and the reminder until one goes.
    /// </summary>
    private static ActivityResponse WithWarnings(ActivityResponse response, List<Meters.MeterMonthOverlap> overlaps)
    {
        var warnings = overlaps.Where(o => o.MeterEntryId == response.Id || o.OtherEntryIds.Contains(response.Id))
            .Select(o => new ActivityWarning("meter_month", o.Chinese, o.English)).ToList();
        return warnings.Count == 0 ? response : response with { Warnings = warnings };
    }

    private static ActivityResponse Response(ActivityEntry a) =>
        new(a.Id, a.EmissionSourceId, a.Year, a.Month, a.Amount, a.Unit, a.DataSourceMethod, a.Note, a.AmountPaidNtd, a.UnitPriceNtd);
}
