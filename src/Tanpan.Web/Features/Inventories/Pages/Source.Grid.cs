using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure.Concurrency;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Inventories.Pages;

/// <summary>The month grid of <c>/inventories/{id}/sources/{sourceId}</c>: one row a month, saved all or nothing, with its edit conflict.</summary>
public sealed partial class Source
{
    private MonthGridForm GridOf(InventoryYear year) => new()
    {
        Rows = Tanpan.Core.Inventory.ReadingReminder.MonthsOf(year.PeriodStart, year.PeriodEnd).Select(m =>
        {
            var stored = _entries.Where(e => e.Year == m.Year && e.Month == m.Month).ToList();
            var row = EntryOf(stored.Count == 1 ? stored[0] : null);
            (row.Year, row.Month) = (Invariant(m.Year), Invariant(m.Month));
            return row;
        }).ToList(),
    };

    private async Task SaveMonthsAsync()
    {
        _form = "month-grid";
        var rows = new List<MonthRequest>();
        var rowOf = new List<int>();
        for (var i = 0; i < Grid!.Rows.Count; i++)
        {
            var row = Grid.Rows[i];
            if (_several.Contains((row.Year ?? "", row.Month ?? "")))
            {
                continue;   // a month of several bills is edited entry by entry
            }

            var request = Read(row, $"rows[{i}].");
            rows.Add(new MonthRequest(request.Year, request.Month, request.Amount, request.Unit, request.DataSourceMethod, request.Note, request.AmountPaidNtd, request.UnitPriceNtd));
            rowOf.Add(i);
        }

        if (Errors.Count > 0)
        {
            // A number could not be read: nothing is saved, and the other rows' rules are checked for all messages at once.
            await CheckOtherFieldsAsync(async () => (await InventoriesApi.SaveMonthsAsync(Id, SourceId, new MonthsRequest(rows), Tenant, Db, Library, Aborted)).Result,
                field => RowField(field, rowOf));
            return;
        }

        if (await GridConflictAsync() is { } conflict)
        {
            // 409: the grid keeps what was typed and now carries the current versions, so saving again applies it on top.
            HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
            _gridConflict = conflict;
            return;
        }

        var outcome = await InventoriesApi.SaveMonthsAsync(Id, SourceId, new MonthsRequest(rows), Tenant, Db, Library, Aborted);
        if (outcome.Result is Ok<List<ActivityResponse>>)
        {
            Nav.NavigateTo($"/inventories/{Id}/sources/{SourceId}?saved=months");
            return;
        }

        if (outcome.Result is ValidationProblem invalid)
        {
            foreach (var error in FieldErrors.Of(invalid))
            {
                Errors[RowField(error.Field, rowOf)] = error.Message(CultureInfo.CurrentUICulture);
            }
        }
        else if (outcome.Result is ProblemHttpResult problem)
        {
            Show(problem);
        }
    }

    /// <summary>
    /// The months someone else saved, added or removed since the grid was opened (a row's version differs from its
    /// month's entry now, an empty version standing for "no entry"); null when none. Each such row is given the current
    /// version, so that saving the grid again applies the typed values on top.
    /// </summary>
    private async Task<(EditConflict, List<(string, string?, string?)>)?> GridConflictAsync()
    {
        var current = (await Db.ActivityEntries.AsNoTracking().Where(a => a.EmissionSourceId == SourceId && a.InventoryYearId == Id && a.Month != null).ToListAsync(Aborted))
            .GroupBy(a => (Invariant(a.Year), Invariant(a.Month))).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());
        var rows = new List<(string, string?, string?)>();
        var changed = new List<ActivityEntry>();
        foreach (var row in Grid!.Rows.Where(r => !_several.Contains((r.Year ?? "", r.Month ?? ""))))
        {
            var now = current.GetValueOrDefault((row.Year ?? "", row.Month ?? ""));
            var version = now is null ? "" : Invariant(now.RowVersion);
            if ((row.Version ?? "") == version)
            {
                continue;
            }

            rows.Add((MonthGrid.Label(row.Year, row.Month), Shown(row.Amount, row.Unit), now is null ? null : Shown(Invariant(now.Amount), now.Unit)));
            row.Version = version;
            if (now is not null)
            {
                changed.Add(now);
            }
        }

        if (rows.Count == 0)
        {
            return null;
        }

        LastChange? last = null;
        foreach (var entry in changed)
        {
            if (await LastChange.OfAsync(Db, entry, Aborted) is { } change && (last is null || change.At > last.At))
            {
                last = change;
            }
        }

        return (new EditConflict(rows, 0, last), rows);

        static string? Shown(string? amount, string? unit) => string.IsNullOrWhiteSpace(amount) ? null : $"{amount} {unit}".Trim();
    }

    /// <summary>The API's <c>months[k].field</c> as the grid's <c>rows[i].field</c>: the grid's row of the k-th month sent.</summary>
    private static string RowField(string field, List<int> rowOf)
    {
        if (!field.StartsWith("months[", StringComparison.Ordinal))
        {
            return field;
        }

        var close = field.IndexOf(']', StringComparison.Ordinal);
        var k = int.Parse(field.AsSpan(7, close - 7), CultureInfo.InvariantCulture);
        return $"rows[{rowOf[k]}]{field[(close + 1)..]}";
    }
}
