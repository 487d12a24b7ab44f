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
/// form, and the source's own edit form and delete button. This part loads the page and holds the source's own form;
/// the month grid is in <c>Source.Grid.cs</c>, the entries' form and delete in <c>Source.Entries.cs</c>.
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
        await LoadEmissionsAsync();
        _scores = (await SourceAssessments.ForAsync(Id, [source], Db, ResultsService, Aborted))[source.Id];
        _source = source;   // last: the page renders while this method awaits, and shows nothing until the source is set
    }

    [Inject]
    private InventoryResultsService ResultsService { get; set; } = default!;

    /// <summary>The R, C, P used for this source's significance: the organisation's scores, or derived (<see cref="SourceAssessments"/>).</summary>
    private Tanpan.Core.Sources.SignificanceScores? _scores;

    /// <summary>This source's emissions and share of the inventory's total, from the results service (null: cannot calculate).</summary>
    private SourceEmissions? _emissions;

    /// <summary>
    /// Issue 15 point 7: the source's emissions and its share, read from the same results as the results page and the API
    /// (cached per revision; a locked inventory's snapshot). When some entry cannot be calculated the figures of the other
    /// entries are shown as partial, like the results page does.
    /// </summary>
    private async Task LoadEmissionsAsync()
    {
        if (await ResultsService.GetAsync(Id, Aborted) is not { } outcome)
        {
            return;
        }

        var (results, partial) = outcome.Results.Summary is { } full ? (full, false) : (outcome.Results.Partial, true);
        if (results is null)
        {
            _emissions = new(0m, 0m, 0, 0, Partial: true, Calculable: false);
            return;
        }

        var index = results.Sources.ToList().FindIndex(s => s.SourceId == SourceId);
        _emissions = new(index < 0 ? 0m : results.Sources[index].Kilograms, results.TotalKilograms, index < 0 ? 0 : index + 1, results.Sources.Count,
            partial, Calculable: true);
    }

    /// <summary>A source's kilograms CO₂e, the inventory's total, its rank among the sources (1 = largest; 0 = no emissions).</summary>
    private sealed record SourceEmissions(decimal Kilograms, decimal TotalKilograms, int Rank, int Sources, bool Partial, bool Calculable);

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

    private async Task SaveSourceAsync()
    {
        _form = "source";
        if (int.TryParse(Input!.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var seen))
        {
            HttpContext.ExpectVersion(seen);
        }

        var outcome = (await InventoriesApi.UpdateSourceAsync(Id, SourceId, Input!.ToRequest(), HttpContext, Tenant, Db, Library, ResultsService, Aborted)).Result;
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
