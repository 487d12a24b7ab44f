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
            return Problems.NotFound();
        }

        var entries = await db.ActivityEntries.Where(a => a.EmissionSourceId == sourceId && a.InventoryYearId == id)
            .OrderBy(a => a.Year).ThenBy(a => a.Month).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var overlaps = await MeterOverlaps.FindAsync(db, id, sourceId, cancellationToken);
        return TypedResults.Ok(entries.Select(e => WithWarnings(Response(e), overlaps)).ToList());
    }

    public static async Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> GetActivityAsync(
        Guid id, Guid sourceId, Guid entryId, HttpContext http, AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.ActivityEntries.SingleOrDefaultAsync(a => a.Id == entryId && a.EmissionSourceId == sourceId && a.InventoryYearId == id, cancellationToken) is not { } entry)
        {
            return Problems.NotFound();
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
        if (await BillShareAsync(id, request, errors, db, cancellationToken) is not { } share)
        {
            return errors.ToResult();
        }

        if (!Apply(entry, source, share, library, errors))
        {
            return errors.ToResult();
        }

        EntryOverlapCheck.Check(entry, await OthersOfSourceAsync(db, id, sourceId, cancellationToken), errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        db.ActivityEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/inventories/{id}/sources/{sourceId}/activity/{entry.Id}",
            WithWarnings(Response(entry), await MeterOverlaps.FindAsync(db, id, sourceId, cancellationToken)));
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
        if (await BillShareAsync(id, request, errors, db, cancellationToken) is not { } share)
        {
            return errors.ToResult();
        }

        if (!Apply(entry, entry.EmissionSource!, share, library, errors))
        {
            return errors.ToResult();
        }

        EntryOverlapCheck.Check(entry, await OthersOfSourceAsync(db, id, sourceId, cancellationToken), errors);
        if (errors.Any)
        {
            db.ChangeTracker.Clear();   // the edit is not saved
            return errors.ToResult();
        }

        if (await EditVersions.SaveAsync(http, db, entry, Response, cancellationToken) is { } stale)
        {
            return stale;
        }

        http.Tag(entry);
        return TypedResults.Ok(WithWarnings(Response(entry), await MeterOverlaps.FindAsync(db, id, sourceId, cancellationToken)));
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
        return entry is null ? (null, Problems.NotFound()) : (entry, null);
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
        var unit = unitText is null ? null : UnitResolver.Resolve(unitText, ActivityRowReader.DuMeaning(material));
        if (unit is not null && material is not null && request.Year is >= 1990 and <= 2100
            && library.FindSet(source.InventoryYear!.FactorSetId) is { } set
            && library.Resolve(new FactorRequest(material, source.SourceType, request.Year.Value, source.EquipmentType), set, []).Factor is { } factor
            && ActivityUnitRule.Check(unit, unitText!, factor) is { } mismatch)
        {
            // The importer's and the calculation's own rule (Core), so no way in accepts what the results then refuse.
            local.Add(prefix + "unit", mismatch.MessageZh, mismatch.MessageEn);
        }

        if (unitText is not null && unit is null)
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
        var reason = local.Text(prefix + "overlapReason", request.OverlapReason, 500);
        if (local.Any)
        {
            errors.AddRange(local);
            return false;
        }

        if ((entry.Year, entry.Month) != (request.Year!.Value, request.Month))
        {
            entry.MeterId = null;   // a meter's entry moved to another period is the user's now; the sync writes the meter's month anew
        }

        (entry.Year, entry.Month, entry.Unit, entry.Note, entry.OverlapReason) = (request.Year!.Value, request.Month, unitText!, note, reason);
        (entry.Amount, entry.DataSourceMethod) = estimate is { } e ? (e, MoneyEstimate) : (request.Amount!.Value, dataSource);
        (entry.AmountPaidNtd, entry.UnitPriceNtd) = estimate is null ? (null, null) : (request.AmountPaidNtd, request.UnitPriceNtd);
        return true;
    }

    /// <summary>
    /// A bill typed with its 計費期間 (both days counted, <see cref="BillPeriod"/>): the year and month become those of its
    /// last day; a bill crossing 31 December keeps only its share by days inside this inventory's period
    /// (<see cref="BillSplit"/>), its data source marked as allocated and the whole bill written into the note. The request
    /// itself when no period is given; null, with the fields' messages, when the period is wrong.
    /// </summary>
    private static async Task<ActivityRequest?> BillShareAsync(Guid id, ActivityRequest request, FieldErrors errors, AppDbContext db, CancellationToken cancellationToken)
    {
        if (request is { BillFrom: null, BillTo: null })
        {
            return request;
        }

        if (request is not { BillFrom: { } from, BillTo: { } to })
        {
            errors.Add(request.BillFrom is null ? "billFrom" : "billTo", "計費期間須同時填寫起日與迄日。", "A bill period needs both its first and its last day.");
            return null;
        }

        var period = new BillPeriod(from, to);
        if (to < from || period.Days > BillPeriod.MaxDays)
        {
            errors.Add("billTo", $"計費期間的迄日不可早於起日，且期間不超過 {BillPeriod.MaxDays} 日。",
                $"The bill period must not end before it starts or last more than {BillPeriod.MaxDays} days.");
            return null;
        }

        if ((request.Year is not null && request.Year != to.Year) || (request.Month is not null && request.Month != to.Month))
        {
            errors.Add("year", $"年度與月份請留空或填計費期間迄日的年月（{to.Year} 年 {to.Month} 月）。",
                $"Leave the year and month empty or give those of the bill's last day ({to:yyyy-MM}).");
            return null;
        }

        if (request.AmountPaidNtd is not null || request.UnitPriceNtd is not null)
        {
            errors.Add("billFrom", "以金額回推用量時不可再按計費期間分攤，請輸入帳單上的用量。",
                "An amount estimated from money paid cannot also be split by the bill period: enter the quantity on the bill.");
            return null;
        }

        var whole = request with { Year = to.Year, Month = to.Month };
        if (!period.CrossesYear || request.Amount is not decimal amount || amount < 0)
        {
            return whole;   // inside one year: the bill itself (Apply checks the amount)
        }

        var year = await db.InventoryYears.Where(y => y.Id == id).Select(y => new { y.PeriodStart, y.PeriodEnd }).SingleAsync(cancellationToken);
        var inside = BillSplit.Split(period, amount).Where(p => p.To >= year.PeriodStart && p.From <= year.PeriodEnd).ToList();
        if (inside.Count != 1)
        {
            errors.Add("billTo", inside.Count == 0
                    ? $"計費期間 {period} 不在本盤查期間（{year.PeriodStart:yyyy-MM-dd}–{year.PeriodEnd:yyyy-MM-dd}）內。"
                    : "本盤查期間跨越兩個年度：請將此帳單依年度分成兩筆輸入。",
                inside.Count == 0
                    ? $"The bill period {period} lies outside the inventory's period ({year.PeriodStart:yyyy-MM-dd}–{year.PeriodEnd:yyyy-MM-dd})."
                    : "This inventory's period spans two years: enter the bill as two entries, one per year.");
            return null;
        }

        var part = inside[0];
        var bill = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"計費期間 {period}（{period.Days} 日），全期 {amount} {request.Unit?.Trim()}，本年度 {part.Days} 日 = {part.Amount}");
        return whole with
        {
            Year = part.Year,
            Month = part.Month,
            Amount = part.Amount,
            DataSourceMethod = BillSplit.Mark(request.DataSourceMethod, part),
            Note = string.IsNullOrWhiteSpace(request.Note) ? bill : $"{bill}；{request.Note.Trim()}",
        };
    }

    /// <summary>The source's stored entries, untracked (for the overlap check).</summary>
    private static Task<List<ActivityEntry>> OthersOfSourceAsync(AppDbContext db, Guid id, Guid sourceId, CancellationToken cancellationToken) =>
        db.ActivityEntries.AsNoTracking().Where(a => a.EmissionSourceId == sourceId && a.InventoryYearId == id).ToListAsync(cancellationToken);

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
    private static ActivityResponse WithWarnings(ActivityResponse response, List<MeterMonthOverlap> overlaps)
    {
        var warnings = overlaps.Where(o => o.MeterEntryId == response.Id || o.OtherEntryIds.Contains(response.Id))
            .Select(o => new ActivityWarning("meter_month", o.Chinese, o.English)).ToList();
        return warnings.Count == 0 ? response : response with { Warnings = warnings };
    }

    private static ActivityResponse Response(ActivityEntry a) =>
        new(a.Id, a.EmissionSourceId, a.Year, a.Month, a.Amount, a.Unit, a.DataSourceMethod, a.Note, a.AmountPaidNtd, a.UnitPriceNtd, OverlapReason: a.OverlapReason);
}
