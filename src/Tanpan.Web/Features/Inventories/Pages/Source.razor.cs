using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure.Concurrency;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Inventories.Pages;

/// <summary>
/// <c>/inventories/{id}/sources/{sourceId}</c>: the month grid (saved all or nothing through
/// <see cref="InventoriesApi.SaveMonthsAsync"/>), every entry with edit, delete and its evidence link, the per-bill
/// form, and the source's own edit form and delete button.
/// </summary>
public sealed partial class Source
{
    private InventoryYear? _year;
    private EmissionSource? _source;
    private List<FacilityResponse> _facilities = [];
    private List<ActivityResponse> _entries = [];
    private HashSet<(string Year, string Month)> _several = [];
    private string? _usualUnit;
    private string? _form;
    private Dictionary<Guid, int> _versions = [];
    private EditConflict? _entryConflict;
    private EditConflict? _sourceConflict;
    private (EditConflict Conflict, List<(string, string?, string?)> Rows)? _gridConflict;

    [Parameter]
    public Guid Id { get; set; }

    [Parameter]
    public Guid SourceId { get; set; }

    [SupplyParameterFromForm(FormName = "source")]
    private SourceForm? Input { get; set; }

    [SupplyParameterFromForm(FormName = "month-grid")]
    private MonthGridForm? Grid { get; set; }

    [SupplyParameterFromForm(FormName = "entry")]
    private EntryForm? Entry { get; set; }

    [SupplyParameterFromForm(FormName = "delete-entry")]
    private Guid? DeleteEntryId { get; set; }

    [SupplyParameterFromForm(FormName = "delete-source")]
    private bool DeleteSource { get; set; }

    [SupplyParameterFromQuery(Name = "entry")]
    private Guid? EditEntryId { get; set; }

    [SupplyParameterFromQuery(Name = "saved")]
    private string? Saved { get; set; }

    private bool Writable => MemberCanWrite && _year?.LockedAt is null;

    protected override async Task OnInitializedAsync()
    {
        if (!EnsureMember() || await FindInventoryAsync(Id) is not { } year)
        {
            return;
        }

        if (await Db.EmissionSources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == SourceId && s.InventoryYearId == Id, Aborted) is not { } source)
        {
            NotFound();
            return;
        }

        _year = year;
        _usualUnit = UsualUnit(source, year);
        _facilities = (await InventoriesApi.ListFacilitiesAsync(Db, Aborted)).Value!;
        await LoadEntriesAsync();
        Input ??= SourceForm.From(source);
        Grid ??= GridOf(year);
        Entry ??= EntryOf(EditEntryId is Guid edit ? _entries.Find(e => e.Id == edit) : null);
        _source = source;   // last: the page renders while this method awaits, and shows nothing until the source is set
    }

    private async Task LoadEntriesAsync()
    {
        _entries = (await InventoriesApi.ListActivityAsync(Id, SourceId, Db, Aborted)).Result is Ok<List<ActivityResponse>> ok ? ok.Value! : [];
        _versions = await Db.ActivityEntries.AsNoTracking().Where(a => a.EmissionSourceId == SourceId && a.InventoryYearId == Id)
            .ToDictionaryAsync(a => a.Id, a => a.RowVersion, Aborted);
        _several = _entries.Where(e => e.Month is not null).GroupBy(e => (Invariant(e.Year), Invariant(e.Month))).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
    }

    /// <summary>The unit of the factor this source uses, as a bill writes it (度, 公升 …), to pre-fill the unit.</summary>
    private string? UsualUnit(EmissionSource source, InventoryYear year)
    {
        if (Library.Materials.FindByKey(source.MaterialKey) is not { } material || Library.FindSet(year.FactorSetId) is not { } set)
        {
            return null;
        }

        var unit = Library.Resolve(new Tanpan.Core.Factors.FactorRequest(material, source.SourceType, year.Year, source.EquipmentType), set, []).Factor?.Unit;
        return unit is null ? null : English ? unit.Key : unit.NameZh;
    }

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

    private EntryForm EntryOf(ActivityResponse? e)
    {
        if (e is null)
        {
            return new() { Year = Invariant(_year!.Year), Unit = _usualUnit };
        }

        var (method, other) = DataSourceMethods.Show(e.DataSourceMethod);
        return new()
        {
            EntryId = e.Id.ToString(), Version = Invariant(_versions.GetValueOrDefault(e.Id)), Year = Invariant(e.Year), Month = Invariant(e.Month), Amount = e.IsEstimate ? null : Invariant(e.Amount), Unit = e.Unit,
            Method = method, MethodOther = other, Note = e.Note, AmountPaidNtd = Invariant(e.AmountPaidNtd), UnitPriceNtd = Invariant(e.UnitPriceNtd),
            OverlapReason = e.OverlapReason,
        };
    }

    private string EntryLabel(ActivityResponse e) =>
        e.Month is int m ? MonthGrid.Label(Invariant(e.Year), Invariant(m)) : $"{Invariant(e.Year)} {T["WholeYear"]}";

    /// <summary>The entry a delete post names, in words for its confirmation; null (no confirmation) for an entry not on the page.</summary>
    private string? ConfirmEntry(IFormCollection form) =>
        _entries.FirstOrDefault(e => e.Id.ToString() == form["DeleteEntryId"]) is { } e
            ? T["ConfirmEntry", EntryLabel(e), e.Amount.ToString("#,0.############", Culture), e.Unit].Value
            : null;

    private string EvidenceLink(Guid entryId) => $"/inventories/{Id}/sources/{SourceId}/activity/{entryId}/evidence";

    /// <summary>Reads one typed entry; null (with the messages set under <paramref name="prefix"/>) when a number cannot be read.</summary>
    private ActivityRequest? Read(EntryForm form, string prefix)
    {
        var before = Errors.Count;
        var year = Whole(prefix + "year", form.Year);
        var month = Whole(prefix + "month", form.Month);
        var amount = Number(prefix + "amount", form.Amount);
        var paid = Number(prefix + "amountPaidNtd", form.AmountPaidNtd);
        var price = Number(prefix + "unitPriceNtd", form.UnitPriceNtd);
        var billFrom = Date(prefix + "billFrom", form.BillFrom);
        var billTo = Date(prefix + "billTo", form.BillTo);
        return Errors.Count > before ? null : new ActivityRequest(year, month, amount, form.Unit, DataSourceMethods.Store(form.Method, form.MethodOther), form.Note, paid, price,
            billFrom, billTo, form.OverlapReason);
    }

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

            if (Read(row, $"rows[{i}].") is { } request)
            {
                rows.Add(new MonthRequest(request.Year, request.Month, request.Amount, request.Unit, request.DataSourceMethod, request.Note, request.AmountPaidNtd, request.UnitPriceNtd));
                rowOf.Add(i);
            }
        }

        if (Errors.Count > 0)
        {
            return;   // a number could not be read: nothing is sent, nothing saved
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
                // months[k].field → rows[i].field: the grid's row of the k-th month sent
                var close = error.Field.IndexOf(']', StringComparison.Ordinal);
                var k = int.Parse(error.Field.AsSpan(7, close - 7), CultureInfo.InvariantCulture);
                Errors[$"rows[{rowOf[k]}]{error.Field[(close + 1)..]}"] = error.Message(CultureInfo.CurrentUICulture);
            }
        }
        else if (outcome.Result is ProblemHttpResult problem)
        {
            Show(problem);
        }
    }

    private async Task SaveEntryAsync()
    {
        _form = "entry";
        if (Read(Entry!, "entry.") is not { } request)
        {
            return;
        }

        if (Guid.TryParse(Entry!.EntryId, out _) && int.TryParse(Entry.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var seen))
        {
            HttpContext.ExpectVersion(seen);
        }

        var outcome = Guid.TryParse(Entry!.EntryId, out var entryId)
            ? (await InventoriesApi.UpdateActivityAsync(Id, SourceId, entryId, request, HttpContext, Tenant, Db, Library, Aborted)).Result
            : (await InventoriesApi.CreateActivityAsync(Id, SourceId, request, Tenant, Db, Library, Aborted)).Result;
        if (outcome is Ok<ActivityResponse> or Created<ActivityResponse>)
        {
            Nav.NavigateTo($"/inventories/{Id}/sources/{SourceId}?saved=entry");
            return;
        }

        Db.ChangeTracker.Clear();
        if (EditConflict.Of(outcome) is { } conflict)
        {
            // 409: the form keeps what was typed and now carries the current version, so saving again applies it on top.
            HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
            (_entryConflict, Entry.Version) = (conflict, Invariant(conflict.CurrentVersion));
            return;
        }

        ShowPrefixed(outcome, "entry.");
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

    /// <summary>The source form's fields: what was typed next to what is saved now.</summary>
    private List<(string, string?, string?)> SourceConflictRows(EditConflict conflict)
    {
        var (typed, now) = (Input!, conflict.CurrentAs<SourceResponse>());
        string? Facility(string? id) => _facilities.Find(f => f.Id.ToString() == id)?.Name ?? id;
        return
        [
            (T["Facility"], Facility(typed.FacilityId), Facility(now.FacilityId.ToString())), (T["Process"], typed.Process, now.Process),
            (T["Equipment"], typed.Equipment, now.Equipment), (T["EquipmentType"], typed.EquipmentType, now.EquipmentType),
            (T["SourceType"], typed.SourceType, now.SourceType), (T["Material"], MaterialName(typed.Material ?? ""), MaterialName(now.MaterialKey)),
            (T["Category"], typed.Category, Invariant(now.Category)), (T["SignificanceR"], typed.SignificanceR, Invariant(now.SignificanceR)),
            (T["SignificanceC"], typed.SignificanceC, Invariant(now.SignificanceC)), (T["SignificanceP"], typed.SignificanceP, Invariant(now.SignificanceP)),
        ];
    }

    /// <summary>The entry form's fields: what was typed next to what is saved now.</summary>
    private List<(string, string?, string?)> ConflictRows(EditConflict conflict)
    {
        var typed = Entry!;
        var now = EntryOf(conflict.CurrentAs<ActivityResponse>());
        return
        [
            (T["Year"], typed.Year, now.Year), (T["Month"], typed.Month, now.Month), (T["Amount"], typed.Amount, now.Amount), (T["Unit"], typed.Unit, now.Unit),
            (D["AmountPaidNtd"], typed.AmountPaidNtd, now.AmountPaidNtd), (D["UnitPriceNtd"], typed.UnitPriceNtd, now.UnitPriceNtd),
            (T["DataSourceMethod"], DataSourceMethods.Store(typed.Method, typed.MethodOther), DataSourceMethods.Store(now.Method, now.MethodOther)),
            (T["Note"], typed.Note, now.Note),
        ];
    }

    private async Task DeleteEntryAsync()
    {
        _form = "delete-entry";
        if (DeleteEntryId is not Guid entryId)
        {
            return;
        }

        var outcome = (await InventoriesApi.DeleteActivityAsync(Id, SourceId, entryId, HttpContext, Tenant, Db, Aborted)).Result;
        if (outcome is NoContent)
        {
            Nav.NavigateTo($"/inventories/{Id}/sources/{SourceId}?saved=deleted");
            return;
        }

        ShowPrefixed(outcome, "");
    }

    private async Task SaveSourceAsync()
    {
        _form = "source";
        if (int.TryParse(Input!.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var seen))
        {
            HttpContext.ExpectVersion(seen);
        }

        var outcome = (await InventoriesApi.UpdateSourceAsync(Id, SourceId, Input!.ToRequest(), HttpContext, Tenant, Db, Library, Aborted)).Result;
        if (outcome is Ok<SourceResponse>)
        {
            Nav.NavigateTo($"/inventories/{Id}/sources/{SourceId}?saved=source");
            return;
        }

        Db.ChangeTracker.Clear();
        if (EditConflict.Of(outcome) is { } conflict)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
            (_sourceConflict, Input.Version) = (conflict, Invariant(conflict.CurrentVersion));
            return;
        }

        ShowPrefixed(outcome, "");
    }

    private async Task DeleteSourceAsync()
    {
        _form = "delete-source";
        var outcome = (await InventoriesApi.DeleteSourceAsync(Id, SourceId, HttpContext, Tenant, Db, Library, Aborted)).Result;
        if (outcome is NoContent)
        {
            Nav.NavigateTo($"/inventories/{Id}/sources");
            return;
        }

        Db.ChangeTracker.Clear();
        ShowPrefixed(outcome, "");
    }

    private void ShowPrefixed(IResult outcome, string prefix)
    {
        if (outcome is ValidationProblem invalid)
        {
            foreach (var error in FieldErrors.Of(invalid))
            {
                Errors[prefix + error.Field] = error.Message(CultureInfo.CurrentUICulture);
            }
        }
        else if (outcome is ProblemHttpResult problem)
        {
            Show(problem);
        }
    }
}
