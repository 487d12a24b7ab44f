using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Roles;

namespace Tanpan.Web.Features.Home;

/// <summary>
/// The home dashboard of the current organisation (issue 15, point 7): the latest inventory year's total and the trend
/// over the years before it, that year's completeness (months with data per source, the gaps, the months counted twice),
/// what to do next, the open meter alerts and the documents ready to download. Every figure comes from the services the
/// other pages use — totals from <see cref="InventoryResultsService"/> (the results page and API), completeness from the
/// reading reminder's handler (<see cref="InventoriesApi.GetReminderAsync"/>) — so the dashboard cannot disagree with them.
/// Reads only the current organisation's rows (the tenant filter); a verifier sees only their one inventory and no alerts.
/// </summary>
public static class HomeDashboard
{
    /// <summary>How many of the latest inventory years the trend shows.</summary>
    public const int TrendYears = 6;

    /// <summary>How many sources the completeness table lists (those with gaps first).</summary>
    public const int SourcesShown = 20;

    /// <summary>How many open alerts are listed (the count covers all).</summary>
    public const int AlertsShown = 5;

    public static async Task<DashboardModel> LoadAsync(AppDbContext db, InventoryResultsService results, FactorLibrary library,
        TenantContext tenant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(tenant);
        var limit = await VerifierScope.LimitAsync(tenant, db, ct);
        var isVerifier = tenant.Role == MembershipRole.Verifier;
        var heads = await db.InventoryYears.AsNoTracking()
            .Where(y => limit == null || y.Id == limit)
            .OrderByDescending(y => y.Year).Take(TrendYears)
            .Select(y => new { y.Id, y.Year, y.LockedAt })
            .ToListAsync(ct);

        var years = new List<YearFigure>();
        foreach (var head in heads.OrderBy(h => h.Year))
        {
            if (await results.GetAsync(head.Id, ct) is not { } outcome)
            {
                continue;
            }

            var summary = outcome.Results.Summary;
            years.Add(new YearFigure(head.Id, head.Year, summary?.TotalKilograms, head.LockedAt is not null, outcome.Results.Issues.Count));
        }

        var latest = years.Count > 0 ? years[^1] : null;
        var completeness = latest is null ? null : await CompletenessAsync(db, library, latest.Id, ct);
        var (openAlerts, alerts) = isVerifier ? (0, new List<AlertRow>()) : await AlertsAsync(db, ct);
        return new DashboardModel(years, latest, completeness, Todo(latest, completeness, openAlerts, isVerifier), openAlerts, alerts, !isVerifier);
    }

    /// <summary>Per source of the inventory: months of the period with data, the missing months, the months counted twice.</summary>
    private static async Task<Completeness?> CompletenessAsync(AppDbContext db, FactorLibrary library, Guid inventoryId, CancellationToken ct)
    {
        if ((await InventoriesApi.GetReminderAsync(inventoryId, db, library, ct)).Result is not Ok<ReminderResponse> { Value: { } reminder })
        {
            return null;
        }

        var months = (reminder.PeriodEnd.Year * 12 + reminder.PeriodEnd.Month) - (reminder.PeriodStart.Year * 12 + reminder.PeriodStart.Month) + 1;
        var sources = await db.EmissionSources.AsNoTracking().Where(s => s.InventoryYearId == inventoryId).OrderBy(s => s.Id)
            .Select(s => new { s.Id, Facility = s.Facility!.Name, s.Process, s.Equipment, s.MaterialKey })
            .ToListAsync(ct);
        var missing = reminder.Sources.ToDictionary(s => s.SourceId);
        var twice = (reminder.DoubleCounted ?? []).ToDictionary(d => d.SourceId);
        var rows = sources
            .Select(s =>
            {
                var gaps = missing.TryGetValue(s.Id, out var m) ? m.MissingMonths.Select(x => (x.Year, x.Month)).ToList() : [];
                var doubled = twice.TryGetValue(s.Id, out var d) ? d.Months.Count : 0;
                var material = library.Materials.FindByKey(s.MaterialKey);
                return new SourceCompleteness(s.Id, s.Facility, s.Process ?? s.Equipment, material?.NameZh ?? s.MaterialKey, material?.NameEn ?? s.MaterialKey,
                    months - gaps.Count, months, gaps, doubled);
            })
            .OrderByDescending(r => r.Missing.Count + r.DoubleCounted).ThenBy(r => r.Facility, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        return new Completeness(inventoryId, months, rows.Count, reminder.MissingCount, rows.Sum(r => r.DoubleCounted), [.. rows.Take(SourcesShown)]);
    }

    private static async Task<(int Open, List<AlertRow> Rows)> AlertsAsync(AppDbContext db, CancellationToken ct)
    {
        var open = db.MeterAlerts.AsNoTracking().Where(a => a.Status == MeterAlertValues.Open);
        var count = await open.CountAsync(ct);
        if (count == 0)
        {
            return (0, []);
        }

        var rows = await open.OrderByDescending(a => a.StartUtc).Take(AlertsShown)
            .Join(db.Meters.AsNoTracking(), a => a.MeterId, m => m.Id, (a, m) => new AlertRow(a.Id, m.Id, m.Name, a.Kind, a.StartUtc))
            .ToListAsync(ct);
        return (count, rows);
    }

    /// <summary>The next steps, most urgent first: no inventory, no sources, entries that cannot be calculated, missing and doubled months, alerts, locking.</summary>
    private static List<TodoItem> Todo(YearFigure? latest, Completeness? completeness, int openAlerts, bool isVerifier)
    {
        var todo = new List<TodoItem>();
        if (latest is null)
        {
            if (!isVerifier)
            {
                todo.Add(new TodoItem(TodoKind.CreateInventory, null, 0, "/inventories"));
            }

            return todo;
        }

        var at = $"/inventories/{latest.Id}";
        if (completeness is { Sources: 0 })
        {
            todo.Add(new TodoItem(TodoKind.AddSources, latest.Year, 0, $"{at}/sources"));
        }

        if (latest.Issues > 0)
        {
            todo.Add(new TodoItem(TodoKind.FixEntries, latest.Year, latest.Issues, $"{at}/results"));
        }

        if (completeness is { MissingMonths: > 0 } c)
        {
            todo.Add(new TodoItem(TodoKind.MissingMonths, latest.Year, c.MissingMonths, $"{at}/reminder"));
        }

        if (completeness is { DoubleCounted: > 0 } d)
        {
            todo.Add(new TodoItem(TodoKind.DoubleCounted, latest.Year, d.DoubleCounted, $"{at}/reminder#double-counted"));
        }

        if (openAlerts > 0)
        {
            todo.Add(new TodoItem(TodoKind.Alerts, null, openAlerts, "/meters/alerts"));
        }

        if (!latest.Locked && completeness is { Sources: > 0 })
        {
            todo.Add(new TodoItem(TodoKind.Lock, latest.Year, 0, $"{at}/lock"));
        }

        return todo;
    }
}

/// <summary>What the home dashboard shows; <see cref="Years"/> oldest first, <see cref="Latest"/> the newest of them.</summary>
public sealed record DashboardModel(
    IReadOnlyList<YearFigure> Years, YearFigure? Latest, Completeness? Completeness, IReadOnlyList<TodoItem> Todo,
    int OpenAlerts, IReadOnlyList<AlertRow> Alerts, bool ShowsAlerts)
{
    /// <summary>The year before <see cref="Latest"/> among <see cref="Years"/>, when it has a total.</summary>
    public YearFigure? YearBefore => Latest is null ? null : Years.LastOrDefault(y => y.Year == Latest.Year - 1 && y.Kilograms is not null);

    /// <summary>Inventories whose documents (清冊, 報告書) can be produced now: every entry calculates.</summary>
    public IEnumerable<YearFigure> DocumentsReady => Years.Where(y => y.Kilograms is not null).Reverse();
}

/// <summary>One inventory year: its total in kg CO₂e (null while some entry cannot be calculated, <see cref="Issues"/> of them).</summary>
public sealed record YearFigure(Guid Id, int Year, decimal? Kilograms, bool Locked, int Issues);

/// <summary>The latest year's completeness: <see cref="MissingMonths"/> source × months without data, <see cref="DoubleCounted"/> counted twice.</summary>
public sealed record Completeness(Guid InventoryId, int Months, int Sources, int MissingMonths, int DoubleCounted, IReadOnlyList<SourceCompleteness> Rows);

public sealed record SourceCompleteness(
    Guid SourceId, string Facility, string? Name, string MaterialZh, string MaterialEn, int MonthsWithData, int Months,
    IReadOnlyList<(int Year, int Month)> Missing, int DoubleCounted);

public sealed record AlertRow(Guid Id, Guid MeterId, string MeterName, string Kind, long StartUtc);

public enum TodoKind
{
    CreateInventory,
    AddSources,
    FixEntries,
    MissingMonths,
    DoubleCounted,
    Alerts,
    Lock,
}

/// <summary>A next step: what, for which year, how many, and the page that does it.</summary>
public sealed record TodoItem(TodoKind Kind, int? Year, int Count, string Href);
